import { planList, summaryReport, checksReport } from '../../modules/action-plans/queries.ts';
import { summaryTables } from '../../modules/action-plans/files/exports.ts';
import type { Queryable } from '../../db/connection.ts';
import { required } from '../../core/required.ts';
import { fromExportTable } from '../convert.ts';
import type { BlockDefinition } from './registry.ts';

/** The committee's action plan that covers the year: the newest whose period includes it. */
async function planFor(db: Queryable, committeeCode: string, year: number) {
  const { plans } = await planList(db, committeeCode);
  return (
    plans
      .filter((p) => p.firstYear <= year && year <= p.lastYear && p.governingVersionId !== null)
      .sort((a, b) => b.firstYear - a.firstYear)[0] ?? null
  );
}

export const actionPlanSummaryBlock: BlockDefinition = {
  type: 'action-plan.summary',
  title: 'Åtgärdsplan: effekt per område',
  async render({ db, committeeCode, year }) {
    const plan = await planFor(db, committeeCode, year);
    if (!plan)
      return {
        blocks: [{ kind: 'text', paragraphs: [{ type: 'p', text: `Nämnden har ingen åtgärdsplan som omfattar ${year}.` }] }],
        findings: [],
      };
    const report = await summaryReport(db, plan.id, { versionId: null, groupBy: 'area', range: 'mid' });
    const checks = await checksReport(db, plan.id, null);
    const table = fromExportTable(
      'atgardsplan',
      required(summaryTables(report)[0], 'sammanställningens tabell'),
      'mnkr1',
      `mnkr. ${report.summary.rangeRule}.`,
    );
    table.caption = `${report.plan.title}${report.version.status === 'decided' ? `, beslutad ${report.version.decidedOn}` : ' (utkast)'}`;
    return {
      blocks: [{ kind: 'table', table }],
      findings: checks.findings.map((f) => ({ kind: f.kind, message: f.message })),
    };
  },
};

export const actionPlanBlocks: BlockDefinition[] = [actionPlanSummaryBlock];
