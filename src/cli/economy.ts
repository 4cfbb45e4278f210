import type { Command } from 'commander';
import { z, month, year } from '../core/validation.ts';
import { parseInput } from '../core/validation.ts';
import { render, type ExportTable } from '../files/tabular.ts';
import type { Database } from '../db/connection.ts';
import { budgetReport } from '../modules/budget/queries.ts';
import { budgetReportTable } from '../modules/budget/files/exports.ts';
import { accuracyTable, followUpTables } from '../modules/follow-up/files/exports.ts';
import { followUpReport, forecastAccuracyReport } from '../modules/follow-up/queries.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importBudgetFile } from '../modules/budget/files/budget-import.ts';
import { cliActor, print, withDatabase } from './db.ts';
import { exportFileFields, tableExport, writeExport } from './export.ts';

const exportOptions = z.object({
  committee: z.string().trim().min(1).max(12),
  year: year,
  month: month.optional(),
  ...exportFileFields,
});

/** An economy table export for one committee and year, with --month where the table takes one. */
function economyExport(
  program: Command,
  head: { name: string; description: string; committee: string; year: string; month?: string },
  tables: (db: Database, opts: z.output<typeof exportOptions>) => Promise<ExportTable[]>,
): void {
  const command = tableExport(program, head.name, head.description)
    .requiredOption('--committee <code>', head.committee)
    .requiredOption('--year <year>', head.year);
  if (head.month !== undefined) command.option('--month <month>', head.month);
  command.action(async (raw: Record<string, string>) => {
    const opts = parseInput(exportOptions, raw);
    const rendered = await render(await withDatabase((db) => tables(db, opts)), opts.format);
    writeExport(rendered, opts.out, opts.format);
  });
}

export function registerEconomyCommands(program: Command): void {
  economyExport(
    program,
    {
      name: 'operating-summary',
      description: 'Driftsammandraget: utan --month internbudgetens utfall, budget och planår; med --month uppföljningen t.o.m. månaden',
      committee: 'nämndens kod, t.ex. SON',
      year: 'budgetår',
      month: 'brytmånad 1–12 för uppföljning',
    },
    async (db, opts) =>
      opts.month === undefined
        ? [budgetReportTable(await budgetReport(db, opts.committee, opts.year))]
        : followUpTables(await followUpReport(db, opts.committee, opts.year, opts.month)).slice(0, 1),
  );

  economyExport(
    program,
    {
      name: 'result-statement',
      description: 'Resultaträkningen t.o.m. en månad, med budget och prognos för helår',
      committee: 'nämndens kod',
      year: 'år',
      month: 'brytmånad (standard: senaste månaden med utfall)',
    },
    async (db, opts) => followUpTables(await followUpReport(db, opts.committee, opts.year, opts.month ?? null)).slice(1),
  );

  economyExport(
    program,
    {
      name: 'forecast-accuracy',
      description: 'Prognossäkerhet för ett avslutat år: varje månads prognos mot slutligt utfall',
      committee: 'nämndens kod',
      year: 'år',
    },
    async (db, opts) => [accuracyTable(await forecastAccuracyReport(db, opts.committee, opts.year))],
  );

  program
    .command('budget')
    .description('Internbudget')
    .command('import <file>')
    .description('Läs in en budgettabell (xlsx-bladet "Driftsammandrag" eller csv) som ett nytt utkast; summarader blir kontrollsummor')
    .requiredOption('--committee <code>', 'nämndens kod')
    .requiredOption('--year <year>', 'budgetår')
    .option('--unit <unit>', 'enhet i filen: kr, tkr eller mnkr', 'kr')
    .option('--title <title>', 'versionens namn')
    .action(async (file: string, raw: Record<string, string>) => {
      const opts = parseInput(
        z.object({ committee: z.string().trim().min(1), year: year, unit: z.enum(['kr', 'tkr', 'mnkr']), title: z.string().optional() }),
        raw,
      );
      const summary = await withDatabase((db) =>
        importBudgetFile(
          db,
          cliActor(),
          { name: basename(file), bytes: readFileSync(file) },
          {
            committeeCode: opts.committee,
            budgetYear: opts.year,
            title: opts.title ?? `Internbudget ${opts.year} (import)`,
            unit: opts.unit,
          },
        ),
      );
      print(
        `Läste in ${summary.lines} budgetrader för ${summary.years.join(', ')} som utkastet "${summary.title}" med ${summary.controlTotals} kontrollsummor.`,
      );
      if (summary.skippedColumns.length > 0) print(`Hoppade över kolumnerna ${summary.skippedColumns.join(', ')} (före budgetåret).`);
      if (summary.note) print(summary.note);
    });
}
