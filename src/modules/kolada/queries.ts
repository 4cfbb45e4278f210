import type { Queryable } from '../../db/connection.ts';
import type { BenchmarkGroup, Gender, GroupYearStats } from './model.ts';
import { groupStats } from './rules/stats.ts';
import { cachedValues } from './store.ts';

/** Average and median per year of a group for one KPI, from the members' cached values. */
export async function benchmarkSeries(
  db: Queryable,
  group: BenchmarkGroup,
  kpi: string,
  tenantCode: string,
  gender: Gender = 'T',
): Promise<GroupYearStats[]> {
  const codes = [...new Set([...group.members.map((m) => m.code), tenantCode])];
  const values = (await cachedValues(db, { kpis: [kpi], municipalities: codes })).filter((v) => v.gender === gender);
  const years = [...new Set(values.map((v) => v.period))].sort((a, b) => a - b);
  return years.map((year) => {
    const inYear = new Map(values.filter((v) => v.period === year).map((v) => [v.municipality, v.value]));
    const stats = groupStats(
      group.members.map((m) => m.code),
      (c) => inYear.get(c),
      group.includeSelf ? null : tenantCode,
    );
    return {
      year,
      gender,
      ...stats,
      own: inYear.get(tenantCode) ?? null,
      values: group.members.map((m) => ({ code: m.code, name: m.name, value: inYear.get(m.code) ?? null })),
    };
  });
}
