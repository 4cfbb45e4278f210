import { z, shortText, committeeCode, year } from '../../../core/validation.ts';
import { importFailed } from '../../../core/errors.ts';
import { defineCommand, execute } from '../../../db/command.ts';
import type { Database } from '../../../db/connection.ts';
import { queryOne } from '../../../db/rows.ts';
import type { Actor } from '../../../core/actor.ts';
import { readTable } from '../../../files/table-file.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import type { BudgetImportSummary, Unit } from '../model.ts';
import { parseBudgetTable } from './parse-budget-table.ts';
import { economyActivities, getBudgetVersion } from '../store.ts';
import { writesCommittee } from '../../organisation/commands.ts';

/** A whole budget table from a file into a new draft version, or nothing at all. */
export const importBudget = defineCommand({
  name: 'budget.import',
  input: z.object({
    committeeCode,
    budgetYear: year,
    title: shortText(200),
    fileName: shortText(255),
    unit: z.enum(['kr', 'tkr', 'mnkr']),
    table: z.array(z.array(z.string())),
  }),
  authorize: writesCommittee,
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const parsed = parseBudgetTable(
      input.fileName,
      input.table,
      await economyActivities(tx, committee.id),
      input.budgetYear,
      input.unit as Unit,
    );
    if (!parsed.ok) throw importFailed(parsed.issues);
    const { lines, controls, years, skippedColumns } = parsed.budget;
    const version = await queryOne<{ id: number }>(
      tx,
      `insert into budget_version (committee_id, budget_year, title, source_note) values ($1, $2, $3, $4) returning id`,
      [committee.id, input.budgetYear, input.title, `Importerad från ${input.fileName}; raderna anger nettokostnad`],
    );
    await tx.query(
      `insert into budget_line (budget_version_id, activity_id, year, cost, income)
       select $1, t.activity_id, t.year, t.net, 0 from unnest($2::int[], $3::int[], $4::bigint[]) as t(activity_id, year, net)`,
      [version.id, lines.map((l) => l.activityId), lines.map((l) => l.year), lines.map((l) => l.net)],
    );
    // Rows carry net cost only, so the printed income/cost split cannot be checked row by row.
    const netControls = controls.filter((c) => c.measure === 'net');
    for (const c of netControls) {
      await tx.query('insert into control_total (budget_version_id, label, year, measure, amount) values ($1, $2, $3, $4, $5)', [
        version.id,
        c.label,
        c.year,
        c.measure,
        c.amount,
      ]);
    }
    const summary: BudgetImportSummary = {
      budgetVersionId: version.id,
      title: input.title,
      lines: lines.length,
      years,
      controlTotals: netControls.length,
      skippedColumns,
      note:
        controls.length > netControls.length
          ? 'Filen anger intäkter och kostnader bara för totalen; de sparades inte som kontrollsummor.'
          : '',
    };
    return {
      result: summary,
      audit: [
        {
          entityType: 'budget_version',
          entityId: version.id,
          before: null,
          after: { ...(await getBudgetVersion(tx, version.id)), imported: summary },
        },
      ],
    };
  },
});

export async function importBudgetFile(
  db: Database,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  target: { committeeCode: string; budgetYear: number; title: string; unit: Unit },
): Promise<BudgetImportSummary> {
  const table = await readTable(file.name, file.bytes, 'Driftsammandrag');
  return execute(db, actor, importBudget, { ...target, fileName: file.name, table });
}
