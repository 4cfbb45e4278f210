import { isValidOn, type IsoDate } from '../../core/dates.ts';
import { z, isoDate, shortText } from '../../core/validation.ts';

/** A responsibility question: which committee answers for this law, age and intervention on this date (today if none). */
export const lookupQuery = z.object({
  law: shortText(100),
  age: z.coerce.number().int().min(0).max(150).optional(),
  intervention: z.string().trim().max(200).optional(),
  targetGroup: z.string().trim().max(200).optional(),
  date: isoDate.optional(),
});
export type LookupQuery = z.infer<typeof lookupQuery>;

export interface CharterRule {
  id: number;
  committeeId: number;
  committeeCode: string;
  committeeName: string;
  law: string;
  targetGroup: string | null;
  intervention: string | null;
  ageMin: number | null;
  ageMax: number | null;
  description: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  sourceNote: string | null;
  version: number;
}

export interface CharterQuery {
  law: string;
  age: number | null;
  intervention: string | null;
  targetGroup: string | null;
  date: IsoDate;
}

export type CharterAnswer =
  | { status: 'found'; rule: CharterRule; candidates: CharterRule[] }
  | { status: 'ambiguous'; candidates: CharterRule[] }
  | { status: 'none'; candidates: [] };

const norm = (s: string | null) => (s === null ? null : s.trim().toLocaleLowerCase('sv'));

function matches(rule: CharterRule, q: CharterQuery): boolean {
  if (norm(rule.law) !== norm(q.law)) return false;
  if (!isValidOn(rule, q.date)) return false;
  if (rule.intervention !== null && norm(rule.intervention) !== norm(q.intervention)) return false;
  if (rule.targetGroup !== null && norm(rule.targetGroup) !== norm(q.targetGroup)) return false;
  if (rule.ageMin !== null || rule.ageMax !== null) {
    if (q.age === null) return false;
    if (rule.ageMin !== null && q.age < rule.ageMin) return false;
    if (rule.ageMax !== null && q.age > rule.ageMax) return false;
  }
  return true;
}

/** A rule naming an intervention or target group is more specific than one covering the whole law. */
function specificity(rule: CharterRule): number {
  return (
    (rule.intervention !== null ? 4 : 0) + (rule.targetGroup !== null ? 2 : 0) + (rule.ageMin !== null || rule.ageMax !== null ? 1 : 0)
  );
}

const ageSpan = (r: CharterRule) => (r.ageMax ?? 150) - (r.ageMin ?? 0);

/**
 * Who is responsible: the most specific matching rule wins (intervention before target group
 * before age band, then the narrowest age band). Two equally specific rules naming different
 * committees is a gap in the charter and is reported, not guessed.
 */
export function lookupResponsibility(rules: readonly CharterRule[], q: CharterQuery): CharterAnswer {
  const candidates = rules
    .filter((r) => matches(r, q))
    .sort((a, b) => specificity(b) - specificity(a) || ageSpan(a) - ageSpan(b) || a.id - b.id);
  const [best, next] = candidates;
  if (!best) return { status: 'none', candidates: [] };
  if (next && specificity(next) === specificity(best) && ageSpan(next) === ageSpan(best) && next.committeeId !== best.committeeId) {
    return { status: 'ambiguous', candidates };
  }
  return { status: 'found', rule: best, candidates };
}
