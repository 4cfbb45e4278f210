import { z, id, versionParam } from '../../../core/validation.ts';
import { AppError, importFailed, staleVersion } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { required } from '../../../core/required.ts';
import { can, ensure } from '../../../core/permissions.ts';
import type { Actor } from '../../../core/actor.ts';
import { defineCommand, execute, type AuditEntry } from '../../../db/command.ts';
import type { Database, Queryable } from '../../../db/connection.ts';
import { MAX_IMPORT_ROWS, readSheets } from '../../../files/table-file.ts';
import { planYears } from '../rules/measures.ts';
import { insertMeasure, upsertEffect } from '../commands/measures.ts';
import { EFFECT_SHEET, MEASURE_SHEET, buildTemplate, type TemplateContext } from './template.ts';
import { validateTemplate } from './template-rows.ts';
import * as store from '../store.ts';

export interface TemplateImportSummary {
  inserted: number;
  updated: number;
  deleted: number;
  effects: number;
}

async function templateContext(
  db: Queryable,
  versionId: number,
): Promise<{ context: TemplateContext; planId: number; committeeId: number }> {
  const version = await store.getVersion(db, versionId);
  const plan = await store.getPlan(db, version.planId);
  const [vocabulary, activities] = await Promise.all([
    store.vocabulary(db, await store.municipalityOfCommittee(db, plan.committeeId)),
    store.committeeActivities(db, plan.committeeId),
  ]);
  return {
    planId: plan.id,
    committeeId: plan.committeeId,
    context: {
      planTitle: plan.title,
      versionLabel: `version ${version.number}: ${version.title}`,
      years: planYears(plan),
      vocabulary,
      activities,
    },
  };
}

/** The xlsx template of a version: empty, or filled with its measures and effects. */
export async function templateFile(
  db: Queryable,
  planId: number,
  versionId: number,
  filled: boolean,
): Promise<{ filename: string; body: Buffer }> {
  const { context, planId: owner } = await templateContext(db, versionId);
  if (owner !== planId) throw new AppError('not_found', msg('action_plans.version_not_of_plan'));
  const list = filled ? await store.measures(db, versionId) : [];
  const version = await store.getVersion(db, versionId);
  const safe = context.planTitle.replace(/[^\p{L}0-9 _-]/gu, '').replace(/\s+/g, '-');
  return { filename: `${safe}-v${version.number}${filled ? '' : '-mall'}.xlsx`, body: await buildTemplate(context, list) };
}

/**
 * Applies an uploaded template to a draft version, all or nothing: the file replaces the version's
 * measures (matched on Nr, so ids and audit history stay) and all their effects.
 */
export const importTemplate = defineCommand({
  name: 'action_plan_version.import',
  input: z.object({
    planVersionId: id,
    /** the version row's version as the caller saw it; omitted = no check */
    version: versionParam.optional(),
    file: z.string().trim().min(1).max(255),
    measures: z.array(z.array(z.string())).max(MAX_IMPORT_ROWS + 1),
    effects: z.array(z.array(z.string())).max(MAX_IMPORT_ROWS + 1),
  }),
  async authorize(actor, input, tx) {
    const version = await store.getVersion(tx, input.planVersionId);
    ensure(can.writeCommittee(actor, (await store.getPlan(tx, version.planId)).committeeId));
  },
  async run(tx, input) {
    const version = await store.getVersion(tx, input.planVersionId);
    if (version.status === 'decided')
      throw new AppError('frozen', msg('action_plans.frozen', { title: version.title, number: version.number }));
    if (input.version !== undefined && input.version !== version.version) throw staleVersion(msg('thing.action_plan_version'));
    const { context } = await templateContext(tx, input.planVersionId);
    const result = validateTemplate(input.file, input.measures, input.effects, context);
    if (!result.ok) throw importFailed(result.issues);

    const existing = await store.measures(tx, input.planVersionId);
    const audit: AuditEntry[] = [];
    let inserted = 0;
    let updated = 0;
    for (const m of existing.filter((x) => !result.measures.some((r) => r.code === x.code))) {
      await tx.query('delete from measure where id = $1', [m.id]);
      audit.push({ entityType: 'measure', entityId: m.id, before: m, after: null });
    }
    for (const r of result.measures) {
      const current = existing.find((x) => x.code === r.code);
      let measureId: number;
      if (current) {
        await tx.query(
          `update measure set title = $2, description = $3, area_code = $4, target_group_code = $5, owner = $6, status_code = $7,
             consequence_citizen = $8, consequence_operations = $9, consequence_child = $10, goal_links = $11::text[], decision_ref = $12,
             full_year_min = $13, full_year_max = $14, sort_order = $15, source_note = $16, version = version + 1 where id = $1`,
          [
            current.id,
            r.title,
            r.description,
            r.areaCode,
            r.targetGroupCode,
            r.owner,
            r.statusCode,
            r.consequenceCitizen,
            r.consequenceOperations,
            r.consequenceChild,
            r.goalLinks,
            r.decisionRef,
            r.fullYearMin,
            r.fullYearMax,
            r.sortOrder,
            r.sourceNote,
          ],
        );
        await tx.query('delete from measure_activity where measure_id = $1', [current.id]);
        for (const a of new Set(r.activityIds))
          await tx.query('insert into measure_activity (measure_id, activity_id) values ($1, $2)', [current.id, a]);
        await tx.query('delete from measure_effect where measure_id = $1', [current.id]);
        measureId = current.id;
        updated++;
      } else {
        measureId = await insertMeasure(tx, input.planVersionId, { ...r });
        inserted++;
      }
      for (const e of result.effects.filter((x) => x.code === r.code)) {
        await upsertEffect(tx, measureId, { ...e, sourceNote: null });
      }
      const after = await store.getMeasure(tx, measureId);
      audit.push({ entityType: 'measure', entityId: measureId, before: current ?? null, after });
    }
    await tx.query('update action_plan_version set version = version + 1 where id = $1', [input.planVersionId]);
    const summary: TemplateImportSummary = { inserted, updated, deleted: existing.length - updated, effects: result.effects.length };
    audit.push({ entityType: 'action_plan_version', entityId: input.planVersionId, before: null, after: { file: input.file, ...summary } });
    return { result: summary, audit };
  },
});

/** Reads both sheets of an uploaded file and runs the import command. */
export async function importTemplateFile(
  db: Database,
  actor: Actor,
  planId: number,
  versionId: number,
  filename: string,
  bytes: Uint8Array,
  expectedVersion?: number,
): Promise<TemplateImportSummary> {
  const version = await store.getVersion(db, versionId);
  if (version.planId !== planId) throw new AppError('not_found', msg('action_plans.version_not_of_plan'));
  if (!filename.toLowerCase().endsWith('.xlsx')) throw new AppError('validation', msg('action_plans.not_excel', { file: filename }));
  const [measures, effects] = await readSheets(filename, bytes, [MEASURE_SHEET, EFFECT_SHEET]);
  return execute(db, actor, importTemplate, {
    planVersionId: versionId,
    file: filename,
    measures: required(measures, `bladet ${MEASURE_SHEET}`),
    effects: required(effects, `bladet ${EFFECT_SHEET}`),
    ...(expectedVersion === undefined ? {} : { version: expectedVersion }),
  });
}
