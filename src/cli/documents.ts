import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { z, parseInput, month, year } from '../core/validation.ts';
import { modelForPeriod } from '../documents/period.ts';
import type { DocumentType } from '../documents/model.ts';
import { closeRenderers, renderDocument } from '../documents/render/index.ts';
import { cliActor, print, withDatabase } from './db.ts';
import { decideForPeriod, withdrawForPeriod } from '../documents/cli-decide.ts';

const options = z.object({
  type: z.enum(['internbudget', 'delarsrapport', 'manadsrapport', 'atgardsplan']),
  committee: z.string().trim().min(1).max(12),
  year: year,
  month: month.optional(),
  format: z.enum(['html', 'pdf', 'docx', 'xlsx', 'json']),
  out: z.string().min(1),
});

/** `styrbord document <verb> <type>` for one committee's period: --committee, --year and --month. */
function periodCommand(document: Command, verb: string, description: string): Command {
  return document
    .command(`${verb} <type>`)
    .description(description)
    .requiredOption('--committee <code>', 'nämndens kod')
    .requiredOption('--year <year>', 'år')
    .option('--month <month>', 'brytmånad (delårsrapport, månadsrapport)');
}

/** The period the options name, as the documents' period functions take it. */
const periodOf = (opts: { type: DocumentType; committee: string; year: number; month?: number | undefined }) => ({
  type: opts.type,
  committeeCode: opts.committee,
  year: opts.year,
  month: opts.month ?? null,
});

export function registerDocumentCommands(program: Command): void {
  const document = program.command('document').description('Nämndhandlingar');
  periodCommand(document, 'render', 'Skapa en handling ur data: internbudget, delarsrapport, manadsrapport eller atgardsplan')
    .requiredOption('--format <format>', 'html, pdf, docx, xlsx eller json')
    .requiredOption('--out <file>', 'fil att skriva')
    .action(async (type: string, raw: Record<string, string>) => {
      const opts = parseInput(options, { ...raw, type });
      const { model, source, bytes } = await withDatabase(async (db) => {
        const { model: m, source } = await modelForPeriod(db, periodOf(opts));
        return { model: m, source, bytes: await renderDocument(m, opts.format) };
      }).finally(closeRenderers);
      writeFileSync(opts.out, bytes);
      print(`Skrev ${opts.out} (${model.title}, ${model.committee.name}; ${source.label}).`);
      if (model.findings.length > 0) {
        print(`Kontroller: ${model.findings.length} att se över före beslut:`);
        for (const f of model.findings) print(`  - [${f.sectionId}] ${f.message}`);
      }
    });

  periodCommand(document, 'decide', 'Besluta periodens utkast (skapas ur mallen om det saknas): fryser handlingen och dess filer')
    .requiredOption('--date <date>', 'beslutsdatum, ÅÅÅÅ-MM-DD')
    .requiredOption('--ref <paragraph>', 'paragraf, t.ex. "§ 12"')
    .option('--acknowledge <reason>', 'kvittera varje öppen kontroll med detta skäl (loggas per kontroll)')
    .action(async (type: string, raw: Record<string, string>) => {
      const opts = parseInput(decideOptions, { ...raw, type });
      const out = await withDatabase((db) =>
        decideForPeriod(db, cliActor(), {
          ...periodOf(opts),
          decidedOn: opts.date,
          decisionRef: opts.ref,
          acknowledge: opts.acknowledge ?? null,
        }),
      ).finally(closeRenderers);
      if (out.acknowledged > 0) print(`Kvitterade ${out.acknowledged} kontroller: "${opts.acknowledge}".`);
      print(`Beslutade ${out.document.title} v${out.document.number} (${out.document.committeeName}), ${opts.date} ${opts.ref}.`);
      for (const [format, hash] of Object.entries(out.hashes)) print(`  ${format} sha256 ${hash}`);
    });

  periodCommand(
    document,
    'withdraw',
    'Återkalla den publicerade versionen: den publika adressen svarar 410 med datum och skäl; den beslutade versionen ändras inte',
  )
    .requiredOption('--reason <text>', 'skälet, visas på den publika adressen')
    .action(async (type: string, raw: Record<string, string>) => {
      const opts = parseInput(withdrawOptions, { ...raw, type });
      const doc = await withDatabase((db) =>
        withdrawForPeriod(db, cliActor(), {
          ...periodOf(opts),
          reason: opts.reason,
        }),
      );
      print(`Återkallade publiceringen av ${doc.title} v${doc.number} (${doc.committeeName}): ${opts.reason}`);
    });
}

const withdrawOptions = z.object({
  type: options.shape.type,
  committee: options.shape.committee,
  year: options.shape.year,
  month: options.shape.month,
  reason: z.string().trim().min(1).max(1000),
});

const decideOptions = z.object({
  type: options.shape.type,
  committee: options.shape.committee,
  year: options.shape.year,
  month: options.shape.month,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Använd ÅÅÅÅ-MM-DD' }),
  ref: z.string().trim().min(1).max(100),
  acknowledge: z.string().trim().min(1).max(1000).optional(),
});
