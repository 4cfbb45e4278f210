import type { Command } from 'commander';
import { z, parseInput, year } from '../core/validation.ts';
import { formatMnkr } from '../core/format.ts';
import { getCommitteeByCode } from '../modules/organisation/store.ts';
import { checkers } from '../checks/all.ts';
import type { Finding } from '../core/finding.ts';
import { print, withDatabase } from './db.ts';

const options = z.object({
  committee: z.string().trim().min(1).max(12),
  year: year.optional(),
});

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description(
      'Kontrollera summor: tryckta kontrollsummor mot radernas summa, varav-rader, ofördelade reduceringar, åtgärdsplaner; och att ändringsloggens hashkedja och de beslutade filernas sha256 stämmer',
    )
    .requiredOption('--committee <code>', 'nämndens kod, t.ex. SON')
    .option('--year <year>', 'budgetår (standard: senaste budgeten)')
    .option('--json', 'svara med JSON')
    .action(async (raw: Record<string, string | boolean>) => {
      const opts = parseInput(options, raw);
      const { name, findings } = await withDatabase(async (db) => {
        const committee = await getCommitteeByCode(db, opts.committee);
        const scope = { committeeCode: committee.code, year: opts.year ?? null };
        const all: Finding[] = [];
        for (const checker of checkers) all.push(...(await checker(db, scope)));
        return { name: committee.name, findings: all };
      });
      if (raw.json) {
        print(JSON.stringify({ committee: opts.committee, year: opts.year ?? null, findings }, null, 2));
        return;
      }
      print(`${name}: ${findings.length === 0 ? 'alla summor stämmer.' : `${findings.length} avvikelse(r).`}`);
      for (const f of findings) {
        const figures =
          f.printed == null || f.computed == null || f.difference == null
            ? ''
            : ` (tryckt ${formatMnkr(f.printed)}, beräknat ${formatMnkr(f.computed)}, skillnad ${formatMnkr(f.difference)})`;
        print(`  - ${f.message}${figures}`);
      }
    });
}
