import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { z, parseInput } from '../core/validation.ts';
import { modelForPeriod } from '../documents/period.ts';
import { renderDocument } from '../documents/render/index.ts';
import { print, withDatabase } from './db.ts';

const options = z.object({
  type: z.enum(['internbudget', 'delarsrapport', 'manadsrapport', 'atgardsplan']),
  committee: z.string().trim().min(1).max(12),
  year: z.coerce.number().int().min(1990).max(2100),
  month: z.coerce.number().int().min(1).max(12).optional(),
  format: z.enum(['html', 'pdf', 'docx', 'xlsx', 'json']),
  out: z.string().min(1),
});

export function registerDocumentCommands(program: Command): void {
  program
    .command('document')
    .description('Nämndhandlingar')
    .command('render <type>')
    .description('Skapa en handling ur data: internbudget, delarsrapport, manadsrapport eller atgardsplan')
    .requiredOption('--committee <code>', 'nämndens kod')
    .requiredOption('--year <year>', 'år')
    .option('--month <month>', 'brytmånad (delårsrapport, månadsrapport)')
    .requiredOption('--format <format>', 'html, pdf, docx, xlsx eller json')
    .requiredOption('--out <file>', 'fil att skriva')
    .action(async (type: string, raw: Record<string, string>) => {
      const opts = parseInput(options, { ...raw, type });
      const { model, source, bytes } = await withDatabase(async (db) => {
        const { model: m, source } = await modelForPeriod(db, { type: opts.type, committeeCode: opts.committee, year: opts.year, month: opts.month ?? null });
        return { model: m, source, bytes: await renderDocument(m, opts.format) };
      });
      writeFileSync(opts.out, bytes);
      print(`Skrev ${opts.out} (${model.title}, ${model.committee.name}; ${source.label}).`);
      if (model.findings.length > 0) {
        print(`Kontroller: ${model.findings.length} att se över före beslut:`);
        for (const f of model.findings) print(`  - [${f.sectionId}] ${f.message}`);
      }
    });
}
