import type { ImportIssue } from '../../../core/errors.ts';
import { accountClass } from '../../../core/account-classes.ts';
import { ACCOUNT_PATTERN, constrainedFields, createMatcher } from './mapping.ts';
import { COLUMN_LABEL, parseAmountOreIn, parseMonth, readHeader, roundOreToKronor, type LedgerColumn } from './format.ts';
import { cellEnd, cellStart, detach, KeyTable } from './key-table.ts';
import type { CsvSink, FileRow, MappingRule } from '../model.ts';

export const MAX_ISSUES = 50;

/** Distinct (ansvar, verksamhet, konto) keys remembered; beyond this they are resolved again per row. */
const MAX_CACHED_KEYS = 1_000_000;

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

/** trim() that does not copy the common case, a cell without surrounding spaces. */
function trim(cell: string | undefined): string {
  if (cell === undefined || cell === '') return '';
  return cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
}

const digit = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
};

interface Sum {
  activityId: number;
  account: string;
  /** öre per month, index 1–12; exact while below 2^53 (checked in finish) */
  ore: Float64Array;
  /** bit m set when any row fell in month m */
  seen: number;
}

/** Adds a row's öre to its month (1–12, so always inside the zero-filled array). */
function addOre(sum: Sum, month: number, ore: number): void {
  sum.ore[month] = (sum.ore[month] ?? 0) + ore;
  sum.seen |= 1 << month;
}

type Target = { ok: true; sum: Sum } | { ok: false; reason: string };

/**
 * Validates ledger rows one at a time and sums them per (activity, month, account) in öre.
 * Memory grows with the number of distinct keys, never with the number of rows. Each distinct
 * (ansvar, verksamhet, konto) is checked and mapped once and remembered with its target (the sum
 * to add to, or why such rows are refused); each distinct month text is parsed once.
 *
 * Rows come either as cells (`add`, used for xlsx and for CSV records with quotes) or, for CSV
 * lines without quotes, as a range of the decoded text (`csvSink`). The range path reads the
 * month and the amount from the text without cutting them out, and looks the three key columns
 * up with one string: the slice that spans them when they are adjacent in the file. Any row that
 * is not plainly valid goes through `add`, which is the one place issues are reported, so both
 * paths accept and refuse exactly the same rows with the same messages.
 */
export class LedgerAggregator {
  readonly issues: ImportIssue[] = [];
  private header: Record<LedgerColumn, number> | null = null;
  private headerBroken = false;
  private readonly match: ReturnType<typeof createMatcher>;
  /** `ansvar \0 verksamhet \0 konto` (trimmed) → target. */
  private readonly targets = new Map<string, Target>();
  private readonly months = new Map<string, { year: number; month: number } | null>();
  /** activityId|account → öre per month. */
  private readonly sums = new Map<string, Sum>();
  private rows = 0;
  /** parseMonth's range: only then may the CSV path accept a month without parseMonth */
  private readonly yearValid: boolean;
  /** the key fields some rule looks at; only those (and the account) tell valid CSV lines apart */
  private readonly constrained: ReturnType<typeof constrainedFields>;

  constructor(
    private readonly fileName: string,
    private readonly year: number,
    rules: readonly MappingRule[],
  ) {
    this.match = createMatcher(rules);
    this.constrained = constrainedFields(rules);
    this.yearValid = Number.isInteger(year) && year >= 1990 && year <= 2100;
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
    const key = `${costCentre}\u0000${activityCode}\u0000${account}`;
    const known = this.targets.get(key);
    if (known) return known;
    let target: Target;
    if (account === '') target = { ok: false, reason: 'Konto saknas' };
    else if (!ACCOUNT_PATTERN.test(account)) target = { ok: false, reason: `"${account}" är inget konto; ett konto är 4–8 siffror` };
    else if (accountClass(account) === null) {
      target = {
        ok: false,
        reason: `Konto ${account} tillhör kontoklass ${account[0]}; bara klass 3 (intäkter), 4–7 (kostnader) och 8 (finansiella poster) hör till driftredovisningen`,
      };
    } else {
      const rule = this.match({ costCentre, activityCode, account });
      if (!rule) {
        target = {
          ok: false,
          reason: `Ingen mappningsregel täcker ansvar "${costCentre}", verksamhet "${activityCode}", konto ${account}`,
        };
      } else {
        const sumKey = `${rule.activityId}|${account}`;
        let sum = this.sums.get(sumKey);
        if (!sum) {
          sum = { activityId: rule.activityId, account: detach(account), ore: new Float64Array(13), seen: 0 };
          this.sums.set(sumKey, sum);
        }
        target = { ok: true, sum };
      }
    }
    if (this.targets.size < MAX_CACHED_KEYS) this.targets.set(detach(key), target);
    return target;
  }

  private month(text: string) {
    let period = this.months.get(text);
    if (period === undefined) {
      period = parseMonth(text);
      this.months.set(detach(text), period);
    }
    return period;
  }

  add({ row, cells }: FileRow): void {
    if (this.header === null) {
      const header = readHeader(cells);
      for (const p of header.problems) this.issue(row, p.column, p.reason);
      const at = (c: LedgerColumn) => header.positions[c] ?? -1;
      this.header = {
        month: at('month'),
        costCentre: at('costCentre'),
        activityCode: at('activityCode'),
        account: at('account'),
        amount: at('amount'),
      };
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
    const ore = parseAmountOreIn(amountText, 0, amountText.length);
    if (ore === null) {
      const shown = amountText.trim();
      this.issue(row, 'amount', shown === '' ? 'Belopp saknas' : `"${shown}" är inget belopp; skriv t.ex. -1 234,50`);
      ok = false;
    }
    if (ok && target.ok && period && ore !== null) {
      addOre(target.sum, period.month, ore);
    }
  }

  /**
   * A sink for scanCsv (csv.ts) that takes lines without quotes as ranges of the text; records
   * with quotes and anything not plainly valid go through `add`. Stops the scan when `wantsMore`
   * turns false.
   */
  csvSink(delimiter: string): CsvSink {
    // cell boundaries of the current line: start of cell i at 2i, end at 2i + 1
    let bounds = new Int32Array(0);
    let columns = 0;
    /** the key columns that the file has and that matter, in file order */
    let keyCells = new Int32Array(0);
    let prepared = false;
    const prepare = (h: Record<LedgerColumn, number>) => {
      prepared = true;
      columns = Math.max(h.month, h.costCentre, h.activityCode, h.account, h.amount) + 1;
      bounds = new Int32Array(columns * 2);
      // A cost centre or activity code that no rule looks at changes neither the activity nor
      // the validity of a row, only the wording of an issue, and issues are written by `add`. So
      // valid lines are told apart by the account and the fields the rules use: SON's default
      // rules map on activity code and account alone, giving hundreds of keys rather than
      // (cost centres × activity codes × accounts).
      const used = [h.account];
      if (this.constrained.costCentre) used.push(h.costCentre);
      if (this.constrained.activityCode) used.push(h.activityCode);
      keyCells = Int32Array.from(used.filter((c) => c >= 0).sort((a, b) => a - b));
    };
    /** those columns' text as it stands in a line (untrimmed) → target; only ok targets are used from here */
    const lineTargets = new KeyTable<Target>(delimiter.charCodeAt(0));
    const cells = (text: string, start: number, end: number) => text.slice(start, end).split(delimiter);
    const slow = (text: string, start: number, end: number, row: number) => {
      this.add({ row, cells: cells(text, start, end) });
      return this.wantsMore;
    };
    const cell = (text: string, i: number) => (i < 0 ? '' : text.slice(cellStart(bounds, i), cellEnd(bounds, i)));

    return {
      line: (text, start, end, row) => {
        const h = this.header;
        if (h === null || this.headerBroken) return slow(text, start, end, row);
        if (!prepared) prepare(h);

        // find the cells this import reads; cells missing at the end of a short line are empty
        let pos = start;
        for (let i = 0; i < columns; i++) {
          let next = pos <= end ? text.indexOf(delimiter, pos) : -1;
          if (next === -1 || next > end) next = end;
          bounds[2 * i] = Math.min(pos, end);
          bounds[2 * i + 1] = next;
          pos = next + 1;
        }

        // month: YYYY-MM or YYYYMM of the import's year read from the text; anything else through the month cache
        const ms = cellStart(bounds, h.month);
        const me = cellEnd(bounds, h.month);
        const length = me - ms;
        let month = 0;
        if (this.yearValid && (length === 6 || (length === 7 && text.charCodeAt(ms + 4) === 45))) {
          const y0 = digit(text, ms);
          const y1 = digit(text, ms + 1);
          const y2 = digit(text, ms + 2);
          const y3 = digit(text, ms + 3);
          const m0 = digit(text, me - 2);
          const m1 = digit(text, me - 1);
          if ((y0 | y1 | y2 | y3 | m0 | m1) >= 0 && y0 * 1000 + y1 * 100 + y2 * 10 + y3 === this.year) month = m0 * 10 + m1;
        }
        if (month < 1 || month > 12) {
          const period = this.month(trim(text.slice(ms, me)));
          if (!period || period.year !== this.year) return slow(text, start, end, row);
          month = period.month;
        }

        // the key columns, looked up in place (key-table.ts)
        const hash = lineTargets.hash(text, bounds, keyCells);
        let target = lineTargets.get(text, bounds, keyCells, hash);
        if (target === undefined) {
          target = this.target(trim(cell(text, h.costCentre)), trim(cell(text, h.activityCode)), trim(cell(text, h.account)));
          if (lineTargets.size < MAX_CACHED_KEYS) lineTargets.set(lineTargets.keyOf(text, bounds, keyCells), hash, target);
        }
        if (!target.ok) return slow(text, start, end, row);

        const ore = parseAmountOreIn(text, cellStart(bounds, h.amount), cellEnd(bounds, h.amount));
        if (ore === null) return slow(text, start, end, row);

        this.rows += 1;
        addOre(target.sum, month, ore);
        return true;
      },
      record: (row, recordCells) => {
        this.add({ row, cells: recordCells });
        return this.wantsMore;
      },
    };
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
        if ((s.seen & (1 << month)) === 0) continue;
        const amount = roundOreToKronor(s.ore[month] ?? 0);
        outcomes.push({ activityId: s.activityId, month, account: s.account, amount });
        total += amount;
        months.add(month);
      }
    }
    return { rowCount: this.rows, months: [...months].sort((a, b) => a - b), outcomes, total };
  }
}
