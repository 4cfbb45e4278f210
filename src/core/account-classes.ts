/**
 * Kommun-Bas account classes: the one answer to "which accounts are costs". The ledger mapping,
 * the operating summary, the closing outcome, forecast accuracy and the result statement all ask
 * here, in TypeScript (`accountClass`) or in SQL (`sqlAccountClass`, derived from the same table).
 *
 * - income: class 3 (verksamhetens intäkter)
 * - cost: classes 4–7 except depreciation (verksamhetens kostnader)
 * - depreciation: accounts 78xx (avskrivningar), kept apart from the other costs
 * - financial: class 8 (finansiella poster), outside the net cost of operations
 *
 * Classes 1–2 (balance sheet) and 9 (internal accounting) have no place in the operating ledger.
 * The net cost of operations (verksamhetens nettokostnad) is OPERATING_COSTS − income.
 */

export type AccountClass = 'income' | 'cost' | 'depreciation' | 'financial';

/** Each class as account prefixes it takes and prefixes it leaves to another class. */
const DEFINITION: Record<AccountClass, { prefixes: readonly string[]; except: readonly string[] }> = {
  income: { prefixes: ['3'], except: [] },
  cost: { prefixes: ['4', '5', '6', '7'], except: ['78'] },
  depreciation: { prefixes: ['78'], except: [] },
  financial: { prefixes: ['8'], except: [] },
};

const CLASSES = Object.keys(DEFINITION) as AccountClass[];

/** The costs of operations: the costs and the depreciation, not the financial items. */
export const OPERATING_COSTS: readonly AccountClass[] = ['cost', 'depreciation'];

const startsWithAny = (account: string, prefixes: readonly string[]) => prefixes.some((p) => account.startsWith(p));

export function accountClass(account: string): AccountClass | null {
  return CLASSES.find((c) => startsWithAny(account, DEFINITION[c].prefixes) && !startsWithAny(account, DEFINITION[c].except)) ?? null;
}

const COLUMN = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

function prefixCondition(prefixes: readonly string[], column: string): string[] {
  const single = prefixes.filter((p) => p.length === 1);
  return [
    ...(single.length > 0 ? [`substr(${column}, 1, 1) in (${single.map((p) => `'${p}'`).join(', ')})`] : []),
    ...prefixes.filter((p) => p.length > 1).map((p) => `${column} like '${p}%'`),
  ];
}

/**
 * The SQL condition "the account in `column` is in this class (or one of these classes)", e.g.
 * sqlAccountClass('cost', 'l.account') → `(substr(l.account, 1, 1) in ('4', '5', '6', '7') and l.account not like '78%')`.
 * Plain SQL that PostgreSQL, PGlite and DuckDB all read; the prefixes are digits from the table above.
 */
export function sqlAccountClass(classes: AccountClass | readonly AccountClass[], column: string): string {
  if (!COLUMN.test(column)) throw new Error(`not a column name: ${column}`);
  const one = (c: AccountClass) => {
    const { prefixes, except } = DEFINITION[c];
    const included = prefixCondition(prefixes, column);
    const parts = [
      included.length === 1 ? included.join('') : `(${included.join(' or ')})`,
      ...except.map((p) => `${column} not like '${p}%'`),
    ];
    return parts.length === 1 ? parts.join('') : `(${parts.join(' and ')})`;
  };
  const list = typeof classes === 'string' ? [classes] : classes;
  return list.length === 1 ? list.map(one).join('') : `(${list.map(one).join(' or ')})`;
}
