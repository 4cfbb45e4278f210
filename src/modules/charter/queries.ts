import type { Queryable } from '../../db/connection.ts';
import { systemClock, today, type Clock } from '../../core/clock.ts';
import { lookupResponsibility, type CharterAnswer, type CharterQuery, type LookupQuery } from './model.ts';
import { listCharterRules } from './store.ts';

/** Answers a responsibility question from the charter rules valid on its date (today if it has none). */
export async function charterLookup(
  db: Queryable,
  q: LookupQuery,
  clock: Clock = systemClock,
): Promise<{ question: CharterQuery; answer: CharterAnswer }> {
  const date = q.date ?? today(clock);
  const rules = await listCharterRules(db, date, q.law);
  const question = { law: q.law, age: q.age ?? null, intervention: q.intervention || null, targetGroup: q.targetGroup || null, date };
  return { question, answer: lookupResponsibility(rules, question) };
}
