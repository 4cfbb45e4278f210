/**
 * The one shape of a finding: something a controller should look at before a document goes to
 * the committee, because figures do not add up, a value is missing or a decided thing changed.
 * The budget's and the action plans' rules, the documents' checks and `styrbord check` all
 * report in it; a producer may narrow `kind` and add what its own page shows (a table column,
 * the printed figures of two tables).
 */
export interface Finding {
  /** a stable code of what was found, e.g. "control_total", "text_missing" */
  kind: string;
  /** what a person reads, in Swedish */
  message: string;
  /** the capability that found it ("economy", "action-plan", "documents"), set by its checker */
  area?: string;
  /** where it is: a measure or group code, a row label */
  subject?: string;
  year?: number | null;
  /** a figure as printed, the same figure computed from the rows, and computed − printed */
  printed?: number | null;
  computed?: number | null;
  difference?: number | null;
}

/** What `styrbord check` asks about: one committee, and a year where the area has years. */
export interface CheckScope {
  committeeCode: string;
  /** budget or plan year; checkers that need one and get none use their own default */
  year: number | null;
}

/**
 * A capability's checker for `styrbord check`. Generic in the database handle, because core
 * imports nothing of Styrbord's: the registry in src/checks/ fixes it to the db layer's Queryable.
 */
export type Checker<Db> = (db: Db, scope: CheckScope) => Promise<Finding[]>;
