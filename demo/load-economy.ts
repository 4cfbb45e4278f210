import type { Queryable } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { required } from '../src/core/required.ts';
import { allocate } from '../src/core/money.ts';
import { MNKR } from '../src/core/rounding.ts';
import {
  CONTROL_LABEL,
  ECONOMY_SUMMARY_LABEL,
  sonEconomySummaryNetMnkr,
  sonNetCostMnkr,
  sonPrintedTotalsMnkr,
  YEARS,
} from './economy-son.ts';
import { welfareActivities } from './linkoping.ts';

const IB2024 = 'Offentlig: Internbudget 2024 för social- och omsorgsnämnden';
const ASSUMED_SPLIT = 'Fördelningen mellan kostnader och intäkter per rad är antagen; dokumentet anger den bara för totalen';

/** Net per row for one year index, with the printed income spread over the main rows (assumed split). */
function amountsForYear(index: number): Map<string, { cost: number; income: number }> {
  const main = welfareActivities.filter((a) => !a.parent && a.code !== 'OFORD' && sonNetCostMnkr[a.code]?.[index] != null);
  const income = -required(sonPrintedTotalsMnkr.income[index], 'the printed income') * MNKR;
  const shares = allocate(
    income,
    main.map((a) => required(sonNetCostMnkr[a.code]?.[index], `the net cost of ${a.code}`)),
  );
  const result = new Map<string, { cost: number; income: number }>();
  for (const [code, figures] of Object.entries(sonNetCostMnkr)) {
    const value = figures[index];
    if (value == null) continue;
    const share = shares[main.findIndex((a) => a.code === code)] ?? 0;
    result.set(code, { cost: value * MNKR + share, income: share });
  }
  return result;
}

export async function loadSonEconomy(tx: Queryable, sonId: number): Promise<void> {
  const rows = await tx.query<{ id: number; code: string }>('select id, code from activity where committee_id = $1', [sonId]);
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  await tx.query("update activity set role = 'unallocated_reduction' where committee_id = $1 and code = 'OFORD'", [sonId]);

  const yearIndex = (year: number) => YEARS.indexOf(year as (typeof YEARS)[number]);
  for (const [code, a] of amountsForYear(yearIndex(2022))) {
    await tx.query('insert into closing_outcome (activity_id, year, cost, income, source_note) values ($1, 2022, $2, $3, $4)', [
      ids.get(code),
      a.cost,
      a.income,
      `${IB2024} (utfall 2022). ${ASSUMED_SPLIT}`,
    ]);
  }

  const version = async (budgetYear: number, decidedOn: string, years: number[]) => {
    const v = await queryOne<{ id: number }>(
      tx,
      `insert into budget_version (committee_id, budget_year, title, status, decided_on, decision_ref, source_note)
       values ($1, $2, $3, 'draft', null, null, $4) returning id`,
      [
        sonId,
        budgetYear,
        `Internbudget ${budgetYear}`,
        `${IB2024}; beslutsdatum och paragraf saknas i underlaget (antagna). ${ASSUMED_SPLIT}`,
      ],
    );
    for (const year of years) {
      for (const [code, a] of amountsForYear(yearIndex(year))) {
        await tx.query('insert into budget_line (budget_version_id, activity_id, year, cost, income) values ($1, $2, $3, $4, $5)', [
          v.id,
          ids.get(code),
          year,
          a.cost,
          a.income,
        ]);
      }
    }
    return {
      id: v.id,
      decide: () =>
        tx.query(`update budget_version set status = 'decided', decided_on = $2, decision_ref = 'uppgift saknas' where id = $1`, [
          v.id,
          decidedOn,
        ]),
    };
  };

  const ib2023 = await version(2023, '2022-12-15', [2023]);
  await ib2023.decide();
  const ib2024 = await version(2024, '2023-12-14', [2024, 2025, 2026, 2027, 2028, 2029]);
  for (const [index, year] of YEARS.entries()) {
    const printed = {
      net: required(sonPrintedTotalsMnkr.net[index], 'the printed net'),
      income: -required(sonPrintedTotalsMnkr.income[index], 'the printed income'),
      cost: required(sonPrintedTotalsMnkr.cost[index], 'the printed cost'),
    };
    for (const [measure, amount] of Object.entries(printed)) {
      await tx.query('insert into control_total (budget_version_id, label, year, measure, amount) values ($1, $2, $3, $4, $5)', [
        ib2024.id,
        CONTROL_LABEL,
        year,
        measure,
        amount * MNKR,
      ]);
    }
  }
  for (const [year, mnkr] of Object.entries(sonEconomySummaryNetMnkr)) {
    await tx.query('insert into control_total (budget_version_id, label, year, measure, amount) values ($1, $2, $3, $4, $5)', [
      ib2024.id,
      ECONOMY_SUMMARY_LABEL,
      Number(year),
      'net',
      mnkr * MNKR,
    ]);
  }
  await ib2024.decide();

  // The council's frame is not printed; the demo assumes it equals the printed total of each year.
  for (const [index, year] of YEARS.entries()) {
    if (year < 2023) continue;
    await tx.query('insert into budget_frame (committee_id, year, amount, source_note) values ($1, $2, $3, $4)', [
      sonId,
      year,
      required(sonPrintedTotalsMnkr.net[index], 'the printed net') * MNKR,
      'Antagande: ramen = den tryckta summan för året i internbudget 2024',
    ]);
  }
}
