import type { Queryable } from '../db/connection.ts';

/** One thing a controller should look at before a document goes to the committee. */
export interface Finding {
  /** which capability found it, e.g. "economy", "action-plan" */
  area: string;
  kind: string;
  message: string;
  printed?: number | null;
  computed?: number | null;
  difference?: number | null;
}

export interface CheckScope {
  committeeCode: string;
  /** budget or plan year; checkers that need one and get none use their own default */
  year: number | null;
}

export type Checker = (db: Queryable, scope: CheckScope) => Promise<Finding[]>;
