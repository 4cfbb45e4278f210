/**
 * What a test expects to find, instead of asserting it with `!`. A missing value fails the test
 * at the line that looked for it, naming what was missing, instead of a TypeError three lines on.
 */

/** The value, or the test fails with `what` was missing. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, got ${String(value)}`);
  return value;
}

/** The first item the predicate accepts, or the test fails showing the predicate it looked with. */
export function findIn<T>(items: readonly T[], predicate: (item: T) => unknown, what?: string): T {
  const found = items.find(predicate);
  if (found === undefined) throw new Error(`Expected ${what ?? `an item where ${predicate.toString()}`} among ${items.length} items`);
  return found;
}

/** The item at index (negative counts from the end, as `Array.at`), or the test fails with the length. */
export function itemAt<T>(items: readonly T[], index: number, what?: string): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`Expected ${what ?? `an item at index ${index}`}, the list has ${items.length}`);
  return item;
}

/** A workbook's sheet by name (ExcelJS's `getWorksheet`), or the test fails naming the sheet. */
export function sheetNamed<S>(workbook: { getWorksheet(name: string): S | undefined }, name: string): S {
  return must(workbook.getWorksheet(name), `a worksheet named ${name}`);
}
