/** Ledger totals by Kommun-Bas account class for one committee, to date or for a full year. */
export interface AccountTotals {
  /** class 3, as a positive amount */
  income: number;
  /** classes 4–7 except depreciation */
  costs: number;
  /** accounts 78xx */
  depreciation: number;
  /** class 8: financial income minus financial costs, as a positive number when income dominates */
  financialNet: number;
}

export interface ResultStatementRow {
  key: 'income' | 'costs' | 'depreciation' | 'netCost' | 'financialNet' | 'municipalContribution' | 'result';
  label: string;
  values: (number | null)[];
  emphasis?: boolean;
}

/**
 * The result statement in the document's sign convention: income positive, costs negative,
 * net cost negative, result = municipal contribution + net cost + financial net.
 */
export function resultStatement(columns: { totals: AccountTotals | null; municipalContribution: number; netCostOverride?: number | null }[]): ResultStatementRow[] {
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
      key: 'result', label: 'Resultat', emphasis: true,
      values: columns.map((c, i) => (netCost[i] === null ? null : c.municipalContribution + netCost[i]! + (financial[i] ?? 0))),
    },
  ];
}
