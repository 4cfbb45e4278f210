import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseInput, z, isoDate } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { exportOrganisation } from '../modules/organisation/files/organisation-export.ts';
import { importOrganisationFile } from '../modules/organisation/files/organisation-import.ts';
import { cliActor, print, withDatabase } from './db.ts';

const exportOptions = z.object({
  format: z.enum(['xlsx', 'csv'], { message: 'Formatet ska vara xlsx eller csv' }),
  out: z.string().min(1),
  asOf: isoDate.optional(),
});

/** `styrbord org export|import`: the organisation as an Excel or CSV file. */
export function registerOrgCommands(program: Command): void {
  const org = program.command('org').description('Organisationen (export och import)');

  org
    .command('export')
    .description('Exportera organisationen till en Excel-fil (alla blad) eller CSV-fil (verksamheterna)')
    .option('--format <format>', 'xlsx eller csv', 'xlsx')
    .requiredOption('--out <file>', 'filen som ska skrivas')
    .option('--as-of <date>', 'bara det som gäller detta datum (ÅÅÅÅ-MM-DD)')
    .action(async (opts: { format: string; out: string; asOf?: string }) => {
      const o = parseInput(exportOptions, opts);
      const file = await withDatabase((db) => exportOrganisation(db, o.asOf ?? null, o.format));
      writeFileSync(o.out, file.body);
      print(`Organisationen${o.asOf ? ` per ${o.asOf}` : ''} är exporterad till ${o.out} (${o.format}, ${file.body.length} byte).`);
    });

  org
    .command('import')
    .description('Läs in verksamheter från en Excel-fil (bladet Verksamheter) eller CSV-fil; allt eller inget')
    .argument('<file>', 'fil med ändelsen .xlsx eller .csv')
    .action(async (path: string) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        throw new AppError('validation', msg('cli.file_unreadable', { file: path }));
      }
      const summary = await withDatabase((db) => importOrganisationFile(db, cliActor(), basename(path), bytes));
      print(
        `Importen av ${basename(path)} är klar: ${summary.inserted} nya, ${summary.updated} ändrade och ${summary.unchanged} oförändrade verksamheter.`,
      );
    });
}
