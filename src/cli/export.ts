import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { z } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import type { ExportFormat } from '../files/tabular.ts';
import { print } from './db.ts';

/** `styrbord export`: the one parent that every area's table exports hang under. */
export function exportCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'export') ?? program.command('export').description('Exportera tabeller (csv, xlsx, json)')
  );
}

/** The zod fields of --format and --out, which every table export takes. */
export const exportFileFields = {
  format: z.enum(['csv', 'xlsx', 'json']).default('csv'),
  out: z.string().optional(),
};

/** `styrbord export <name>`, with --format (csv by default) and --out; the caller adds its own options. */
export function tableExport(program: Command, name: string, description: string, formatHelp = 'csv, xlsx eller json'): Command {
  return exportCommand(program)
    .command(name)
    .description(description)
    .option('--format <format>', formatHelp, 'csv')
    .option('--out <file>', 'fil att skriva till (standard: standard ut)');
}

/** Writes an export to --out, or to standard out; xlsx is binary, so only to a file. */
export function writeExport(buffer: Buffer, out: string | undefined, format: ExportFormat): void {
  if (out) {
    writeFileSync(out, buffer);
    print(`Skrev ${out}`);
  } else if (format === 'xlsx') {
    throw new AppError('validation', msg('cli.xlsx_needs_out'));
  } else {
    process.stdout.write(buffer);
  }
}
