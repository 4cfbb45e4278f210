import type { Command } from 'commander';
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z, parseInput, year } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { formatNumber } from '../core/format.ts';
import { getCommitteeByCode } from '../modules/organisation/store.ts';
import { importLedger } from '../modules/ledger/files/ledger-import.ts';
import { exportMappings } from '../modules/ledger/files/mapping-export.ts';
import { listImports, listMappings } from '../modules/ledger/store.ts';
import { cliActor, print, withDatabase } from './db.ts';

const committee = z.string().trim().min(1).max(12);

const monthList = (months: readonly number[]) => months.map((m) => String(m).padStart(2, '0')).join(', ');

export function registerLedgerCommands(program: Command): void {
  const ledger = program.command('ledger').description('Huvudboken: import av utfall, mappningsregler och importhistorik');

  ledger
    .command('import <file>')
    .description('Läs in utfall ur huvudboken (csv eller xlsx) för en nämnd och ett år; månaderna i filen ersätts')
    .requiredOption('--committee <code>', 'nämndens kod, t.ex. SON')
    .requiredOption('--year <year>', 'bokföringsår')
    .action(async (file: string, raw: Record<string, string>) => {
      const opts = parseInput(z.object({ committee, year }), raw);
      if (!existsSync(file)) throw new AppError('validation', msg('cli.file_missing', { file }));
      const result = await withDatabase((db) =>
        importLedger(db, cliActor(), {
          committeeCode: opts.committee,
          year: opts.year,
          fileName: basename(file),
          source: createReadStream(file),
        }),
      );
      print(
        `Importen av ${result.fileName} är klar: ${result.rowCount} rader, månad ${monthList(result.months)} ${result.year}, ` +
          `${result.outcomeRows} summerade rader, netto ${formatNumber(result.totalAmount)} kr.`,
      );
    });

  ledger
    .command('mappings')
    .description('Mappningsregler från huvudbokens ansvar, verksamhet och konto till verksamheter')
    .command('export')
    .description('Exportera nämndens mappningsregler')
    .requiredOption('--committee <code>', 'nämndens kod, t.ex. SON')
    .option('--format <format>', 'csv eller xlsx', 'csv')
    .option('--out <file>', 'fil att skriva till (standard: standard ut, bara csv)')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(z.object({ committee, format: z.enum(['csv', 'xlsx']), out: z.string().optional() }), raw);
      const file = await withDatabase(async (db) => {
        const c = await getCommitteeByCode(db, opts.committee);
        return exportMappings(c.code, await listMappings(db, c.id), opts.format);
      });
      if (opts.out) {
        writeFileSync(opts.out, file.body);
        print(`Skrev ${opts.out}`);
      } else if (opts.format === 'xlsx') {
        throw new AppError('validation', msg('cli.xlsx_needs_out'));
      } else {
        process.stdout.write(file.body);
      }
    });

  ledger
    .command('history')
    .description('Tidigare importer för en nämnd')
    .requiredOption('--committee <code>', 'nämndens kod, t.ex. SON')
    .option('--year <year>', 'bara ett år')
    .option('--json', 'svara med JSON')
    .action(async (raw: Record<string, string | boolean>) => {
      const opts = parseInput(z.object({ committee, year: year.optional() }), { committee: raw.committee, year: raw.year });
      const imports = await withDatabase(async (db) => listImports(db, (await getCommitteeByCode(db, opts.committee)).id, opts.year));
      if (raw.json) {
        print(JSON.stringify(imports, null, 2));
        return;
      }
      if (imports.length === 0) print('Inga importer.');
      for (const i of imports) {
        print(
          `${i.importedAt}  ${i.fileName}  ${i.year} mån ${monthList(i.months)}  ${i.rowCount} rader  netto ${formatNumber(i.totalAmount)} kr  (${i.actorName})`,
        );
      }
    });
}
