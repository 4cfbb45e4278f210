import type { AccountTotals, ResultStatementRow } from '../model.ts';

/**
 * The result statement in the document's sign convention: income positive, costs negative,
 * net cost negative, result = municipal contribution + net cost + financial net.
 */
export function resultStatement(
  columns: { totals: AccountTotals | null; municipalContribution: number; netCostOverride?: number | null }[],
): ResultStatementRow[] {
  const pick = (f: (t: AccountTotals) => number) => columns.map((c) => (c.totals ? f(c.totals) : null));
  const netCost = columns.map((c) => c.netCostOverride ?? (c.totals ? c.totals.income - c.totals.costs - c.totals.depreciation : null));
  const financial = pick((t) => t.financialNet);
  return [
    { key: 'income', label: 'Verksamhetens intäkter', values: pick((t) => t.income) },
    { key: 'costs', label: 'Verksamhetens kostnader', values: pick((t) => -t.costs) },
    { key: 'depreciation', label: 'Avskrivningar', values: pick((t) => -t.depreciation) },
    { key: 'netCost', label: 'Verksamhetens nettokostnad', values: netCost, emphasis: true },
    { key: 'financialNet', label: 'Finansnetto', values: financial },
    { key: 'municipalContribution', label: 'Kommunbidrag', values: columns.map((c) => c.municipalContribution) },
    {
      key: 'result',
      label: 'Resultat',
      emphasis: true,
      values: columns.map((c, i) => {
        const cost = netCost[i];
        return cost === null || cost === undefined ? null : c.municipalContribution + cost + (financial[i] ?? 0);
      }),
    },
  ];
}
