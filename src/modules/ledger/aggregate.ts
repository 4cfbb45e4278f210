import type { ImportIssue } from '../../core/errors.ts';
import { accountClass, ACCOUNT_PATTERN, createResolver, type MappingRule } from './mapping.ts';
import { COLUMN_LABEL, parseAmountOre, parseMonth, readHeader, roundOreToKronor, type LedgerColumn } from './format.ts';
import type { FileRow } from './reader.ts';

export const MAX_ISSUES = 50;

export interface LedgerAggregate {
  activityId: number;
  month: number;
  account: string;
  /** Whole kronor: the sum of the rows in öre, rounded once, half away from zero. */
  amount: number;
}

export interface AggregateResult {
  rowCount: number;
  months: number[];
  outcomes: LedgerAggregate[];
  /** Net of all aggregates in kronor (costs positive, income negative). */
  total: number;
}

/**
 * Validates ledger rows one at a time and sums them per (activity, month, account) in öre.
 * Memory grows with the number of distinct keys, never with the number of rows.
 */
/** trim() that does not copy the common case, a cell without surrounding spaces. */
function trim(cell: string | undefined): string {
  if (cell === undefined || cell === '') return '';
  return cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
}

interface Sum {
  activityId: number;
  account: string;
  /** öre per month, index 1–12 */
  ore: number[];
  /** whether any row fell in the month, index 1–12 */
  seen: boolean[];
}

type Target =
  | { ok: true; sum: Sum }
  | { ok: false; reason: string };

/**
 * Validates ledger rows one at a time and sums them per (activity, month, account) in öre.
 * Memory grows with the number of distinct keys, never with the number of rows. Each distinct
 * (ansvar, verksamhet, konto) is checked and mapped once; each distinct month text parsed once.
 */
export class LedgerAggregator {
  readonly issues: ImportIssue[] = [];
  private header: Record<LedgerColumn, number> | null = null;
  private headerBroken = false;
  private readonly resolve: ReturnType<typeof createResolver>;
  /** ansvar → verksamhet → konto → target; nested maps spare a concatenated key per row. */
  private readonly targets = new Map<string, Map<string, Map<string, Target>>>();
  private targetCount = 0;
  private readonly months = new Map<string, { year: number; month: number } | null>();
  /** activityId|account → öre per month (index 1–12). */
  private readonly sums = new Map<string, Sum>();
  private rows = 0;

  constructor(
    private readonly fileName: string,
    private readonly year: number,
    rules: readonly MappingRule[],
  ) {
    this.resolve = createResolver(rules);
  }

  /** False once enough issues are collected that reading on is pointless. */
  get wantsMore(): boolean {
    return this.issues.length < MAX_ISSUES && !this.headerBroken;
  }

  private issue(row: number, column: LedgerColumn | string, reason: string) {
    if (this.issues.length >= MAX_ISSUES) return;
    const label = column in COLUMN_LABEL ? COLUMN_LABEL[column as LedgerColumn] : column;
    this.issues.push({ file: this.fileName, row, column: label, reason });
  }

  private target(costCentre: string, activityCode: string, account: string): Target {
    let byActivity = this.targets.get(costCentre);
    if (!byActivity) this.targets.set(costCentre, (byActivity = new Map()));
    let byAccount = byActivity.get(activityCode);
    if (!byAccount) byActivity.set(activityCode, (byAccount = new Map()));
    const known = byAccount.get(account);
    if (known) return known;
    let target: Target;
    if (account === '') target = { ok: false, reason: 'Konto saknas' };
    else if (!ACCOUNT_PATTERN.test(account)) target = { ok: false, reason: `"${account}" är inget konto; ett konto är 4–8 siffror` };
    else if (accountClass(account) === null) {
      target = { ok: false, reason: `Konto ${account} tillhör kontoklass ${account[0]}; bara klass 3 (intäkter), 4–7 (kostnader) och 8 (finansiella poster) hör till driftredovisningen` };
    } else {
      const rule = this.resolve({ costCentre, activityCode, account });
      if (!rule) {
        target = { ok: false, reason: `Ingen mappningsregel täcker ansvar "${costCentre}", verksamhet "${activityCode}", konto ${account}` };
      } else {
        const sumKey = `${rule.activityId}|${account}`;
        let sum = this.sums.get(sumKey);
        if (!sum) {
          sum = { activityId: rule.activityId, account, ore: new Array<number>(13).fill(0), seen: new Array<boolean>(13).fill(false) };
          this.sums.set(sumKey, sum);
        }
        target = { ok: true, sum };
      }
    }
    if (this.targetCount < 1_000_000) {
      byAccount.set(account, target);
      this.targetCount += 1;
    }
    return target;
  }

  private month(text: string) {
    let period = this.months.get(text);
    if (period === undefined) {
      period = parseMonth(text);
      this.months.set(text, period);
    }
    return period;
  }

  add({ row, cells }: FileRow): void {
    if (this.header === null) {
      const header = readHeader(cells);
      for (const p of header.problems) this.issue(row, p.column, p.reason);
      const at = (c: LedgerColumn) => header.positions[c] ?? -1;
      this.header = { month: at('month'), costCentre: at('costCentre'), activityCode: at('activityCode'), account: at('account'), amount: at('amount') };
      this.headerBroken = header.problems.length > 0;
      return;
    }
    if (this.headerBroken) return;
    this.rows += 1;
    const h = this.header;
    const monthText = trim(cells[h.month]);
    const period = this.month(monthText);
    let ok = true;
    if (!period) {
      this.issue(row, 'month', monthText === '' ? 'Månad saknas' : `"${monthText}" är ingen månad; skriv ÅÅÅÅ-MM eller ÅÅÅÅMM`);
      ok = false;
    } else if (period.year !== this.year) {
      this.issue(row, 'month', `Månaden ${monthText} hör till ${period.year}, men importen gäller ${this.year}`);
      ok = false;
    }

    const target = this.target(
      h.costCentre < 0 ? '' : trim(cells[h.costCentre]),
      h.activityCode < 0 ? '' : trim(cells[h.activityCode]),
      trim(cells[h.account]),
    );
    if (!target.ok) {
      this.issue(row, 'account', target.reason);
      ok = false;
    }

    const amountText = cells[h.amount] ?? '';
    const ore = parseAmountOre(amountText);
    if (ore === null) {
      const shown = amountText.trim();
      this.issue(row, 'amount', shown === '' ? 'Belopp saknas' : `"${shown}" är inget belopp; skriv t.ex. -1 234,50`);
      ok = false;
    }
    if (ok && target.ok) {
      target.sum.ore[period!.month]! += ore!;
      target.sum.seen[period!.month] = true;
    }
  }

  /** Issues that only show at the end: an empty file, a sum beyond exact arithmetic. */
  finish(): void {
    if (this.header === null) this.issue(1, '(fil)', 'Filen är tom; den ska börja med en rubrikrad');
    else if (this.rows === 0 && this.issues.length === 0) this.issue(2, '(fil)', 'Filen har en rubrikrad men inga bokföringsrader');
    for (const s of this.sums.values()) {
      s.ore.forEach((ore, month) => {
        if (!Number.isSafeInteger(ore)) this.issue(0, 'belopp', `Summan för konto ${s.account}, månad ${month} är för stor`);
      });
    }
  }

  result(): AggregateResult {
    const outcomes: LedgerAggregate[] = [];
    let total = 0;
    const months = new Set<number>();
    for (const s of this.sums.values()) {
      for (let month = 1; month <= 12; month++) {
        if (!s.seen[month]) continue;
        const amount = roundOreToKronor(s.ore[month]!);
        outcomes.push({ activityId: s.activityId, month, account: s.account, amount });
        total += amount;
        months.add(month);
      }
    }
    return { rowCount: this.rows, months: [...months].sort((a, b) => a - b), outcomes, total };
  }
}
