import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z, parseInput, versionParam } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { required } from '../core/required.ts';
import { formatMnkr } from '../core/format.ts';
import { render, type ExportTable } from '../files/tabular.ts';
import { getCommitteeByCode } from '../modules/organisation/store.ts';
import type { Queryable } from '../db/connection.ts';
import { findPlan, governingVersion, listVersions } from '../modules/action-plans/store.ts';
import { deliveryRecordReport, deliveryReport, planList, reconciliationReport, summaryReport } from '../modules/action-plans/queries.ts';
import { deliveryRecordTable, deliveryTable, reconciliationTable, summaryTables } from '../modules/action-plans/files/exports.ts';
import { importTemplateFile, templateFile } from '../modules/action-plans/files/template-import.ts';
import { cliActor, print, withDatabase } from './db.ts';
import { exportFileFields, tableExport, writeExport } from './export.ts';

const range = z.enum(['low', 'mid', 'high']).default('mid');
const base = z.object({
  committee: z.string().trim().min(1).max(12),
  ...exportFileFields,
  range,
});
const planOptions = base.extend({
  plan: z.string().trim().min(1).max(200),
  version: versionParam.optional(),
  by: z.enum(['area', 'target-group']).default('area'),
});

async function planFor(db: Queryable, committee: string, plan: string) {
  const c = await getCommitteeByCode(db, committee);
  return findPlan(db, c.id, c.code, plan);
}

/** The version the user named by number, or the plan's governing version. */
async function versionIdFor(db: Queryable, planId: number, number: number | undefined): Promise<number | null> {
  if (number === undefined) return null;
  const v = (await listVersions(db, planId)).find((x) => x.number === number);
  if (!v) throw new AppError('not_found', msg('action_plans.cli_no_version_number', { number }));
  return v.id;
}

export function registerActionPlanCommands(program: Command): void {
  tableExport(
    program,
    'action-plan-summary',
    'Åtgärdsplanens sammanställning: en rad per område (eller målgrupp) med helårseffekt och effekt per år, och en summarad',
    'csv, xlsx eller json (csv: kostnadsreduceringen; xlsx/json: även genomförandekostnad och netto)',
  )
    .requiredOption('--committee <code>', 'nämndens kod, t.ex. SON')
    .requiredOption('--plan <plan>', 'planens första år (t.ex. 2023), titel eller id')
    .option('--version <n>', 'versionsnummer (standard: senaste beslutade)')
    .option('--by <group>', 'area eller target-group', 'area')
    .option('--range <setting>', 'hur intervall räknas: low, mid eller high', 'mid')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(planOptions, raw);
      const tables = await withDatabase(async (db) => {
        const plan = await planFor(db, opts.committee, opts.plan);
        const versionId = await versionIdFor(db, plan.id, opts.version);
        return summaryTables(
          await summaryReport(db, plan.id, { versionId, groupBy: opts.by === 'area' ? 'area' : 'target_group', range: opts.range }),
        );
      });
      // csv holds one table: the cost reduction, as the plan document prints it
      writeExport(await render(opts.format === 'csv' ? tables.slice(0, 1) : tables, opts.format), opts.out, opts.format);
    });

  tableExport(
    program,
    'action-plan-delivery',
    'Genomförande: planerad och realiserad effekt per åtgärd och år; utan --plan alla nämndens planer',
  )
    .requiredOption('--committee <code>', 'nämndens kod')
    .option('--plan <plan>', 'planens första år, titel eller id')
    .option('--range <setting>', 'low, mid eller high', 'mid')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(base.extend({ plan: z.string().trim().min(1).optional() }), raw);
      const tables: ExportTable[] = await withDatabase(async (db) => {
        if (opts.plan === undefined) return [deliveryRecordTable(await deliveryRecordReport(db, opts.committee, opts.range))];
        const plan = await planFor(db, opts.committee, opts.plan);
        return [deliveryTable(await deliveryReport(db, plan.id, opts.range))];
      });
      writeExport(await render(tables, opts.format), opts.out, opts.format);
    });

  tableExport(
    program,
    'action-plan-reconciliation',
    'Avstämning: underskott att täcka (prognos mot ram, ofördelade reduceringar) mot beslutade, genomförda och realiserade effekter',
  )
    .requiredOption('--committee <code>', 'nämndens kod')
    .option('--range <setting>', 'low, mid eller high', 'mid')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(base, raw);
      const report = await withDatabase((db) => reconciliationReport(db, opts.committee, opts.range));
      writeExport(await render([reconciliationTable(report)], opts.format), opts.out, opts.format);
    });

  const plans = program.command('action-plan').description('Åtgärdsplaner: lista, mall och uppladdning');
  plans
    .command('list')
    .description('Nämndens åtgärdsplaner med versioner')
    .requiredOption('--committee <code>', 'nämndens kod')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(z.object({ committee: z.string().trim().min(1).max(12) }), raw);
      const { committee, plans: list } = await withDatabase((db) => planList(db, opts.committee));
      if (list.length === 0) print(`${committee.name} har inga åtgärdsplaner.`);
      for (const p of list) {
        print(`${p.id}\t${p.title} (${p.firstYear}–${p.lastYear}), ${p.measureCount} åtgärder`);
        for (const v of p.versions)
          print(`\tversion ${v.number}: ${v.title} – ${v.status === 'decided' ? `beslutad ${v.decidedOn} ${v.decisionRef}` : 'utkast'}`);
      }
    });

  plans
    .command('template')
    .description('Skriv planens Excel-mall (ifylld med den styrande versionen, eller tom med --empty)')
    .requiredOption('--committee <code>', 'nämndens kod')
    .requiredOption('--plan <plan>', 'planens första år, titel eller id')
    .requiredOption('--out <file>', 'xlsx-fil att skriva')
    .option('--version <n>', 'versionsnummer')
    .option('--empty', 'en tom mall')
    .action(async (raw: Record<string, string | boolean>) => {
      const opts = parseInput(
        z.object({
          committee: z.string().min(1),
          plan: z.string().min(1),
          out: z.string().min(1),
          version: versionParam.optional(),
          empty: z.boolean().optional(),
        }),
        raw,
      );
      const file = await withDatabase(async (db) => {
        const plan = await planFor(db, opts.committee, opts.plan);
        const versionId =
          (await versionIdFor(db, plan.id, opts.version)) ??
          required(governingVersion(await listVersions(db, plan.id)), `en gällande version av planen ${plan.id}`).id;
        return templateFile(db, plan.id, versionId, opts.empty !== true);
      });
      writeFileSync(opts.out, file.body);
      print(`Skrev ${opts.out}`);
    });

  plans
    .command('import')
    .description('Läs in en ifylld mall i planens senaste version, som måste vara ett utkast (allt eller inget)')
    .requiredOption('--committee <code>', 'nämndens kod')
    .requiredOption('--plan <plan>', 'planens första år, titel eller id')
    .requiredOption('--file <file>', 'xlsx-fil')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(z.object({ committee: z.string().min(1), plan: z.string().min(1), file: z.string().min(1) }), raw);
      const bytes = readFileSync(opts.file);
      const summary = await withDatabase(async (db) => {
        const plan = await planFor(db, opts.committee, opts.plan);
        const latest = required((await listVersions(db, plan.id)).at(-1), `en version av planen ${plan.id}`);
        return importTemplateFile(db, cliActor(), plan.id, latest.id, basename(opts.file), bytes);
      });
      print(
        `Inläst: ${summary.inserted} nya, ${summary.updated} ändrade, ${summary.deleted} borttagna åtgärder; ${summary.effects} effekter.`,
      );
    });

  plans
    .command('summary')
    .description('Sammanställningen i mnkr på skärmen')
    .requiredOption('--committee <code>', 'nämndens kod')
    .requiredOption('--plan <plan>', 'planens första år, titel eller id')
    .option('--range <setting>', 'low, mid eller high', 'mid')
    .action(async (raw: Record<string, string>) => {
      const opts = parseInput(z.object({ committee: z.string().min(1), plan: z.string().min(1), range }), raw);
      const report = await withDatabase(async (db) =>
        summaryReport(db, (await planFor(db, opts.committee, opts.plan)).id, { versionId: null, groupBy: 'area', range: opts.range }),
      );
      const { summary } = report;
      print(`${report.plan.title}, version ${report.version.number}. ${summary.rangeRule}.`);
      print(['Område', 'Helår', ...summary.years.map(String)].join('\t'));
      for (const r of summary.rows) {
        const mn = (v: number | null) => (v === null ? '–' : formatMnkr(v, 2));
        print([r.label, mn(r.fullYear), ...r.cells.map((c) => mn(c.reduction))].join('\t'));
      }
    });
}
