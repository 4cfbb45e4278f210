import type { Queryable } from '../../db/connection.ts';
import type { IsoDate } from '../../core/dates.ts';
import { notFound } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import type { CharterRule } from './model.ts';

const columns = `r.id, r.committee_id as "committeeId", c.code as "committeeCode", c.name as "committeeName", r.law,
  r.target_group as "targetGroup", r.intervention, r.age_min as "ageMin", r.age_max as "ageMax", r.description,
  r.valid_from as "validFrom", r.valid_to as "validTo", r.source_note as "sourceNote", r.version`;

export function listCharterRules(db: Queryable, asOf: IsoDate | null, law: string | null = null): Promise<CharterRule[]> {
  return db.query<CharterRule>(
    `select ${columns} from charter_rule r join committee c on c.id = r.committee_id
     where ($1::date is null or (r.valid_from <= $1::date and (r.valid_to is null or r.valid_to >= $1::date)))
       and ($2::text is null or lower(r.law) = lower($2))
     order by r.valid_from, r.law, r.intervention nulls first, r.age_min nulls first, r.id`,
    [asOf, law],
  );
}

export async function getCharterRule(db: Queryable, id: number): Promise<CharterRule> {
  const [r] = await db.query<CharterRule>(
    `select ${columns} from charter_rule r join committee c on c.id = r.committee_id where r.id = $1`,
    [id],
  );
  if (!r) throw notFound(msg('thing.charter_rule'));
  return r;
}

/** Laws, interventions and target groups named in the charter, for pick lists. */
export async function charterVocabulary(db: Queryable) {
  const rows = await db.query<{ law: string; intervention: string | null; targetGroup: string | null }>(
    'select distinct law, intervention, target_group as "targetGroup" from charter_rule',
  );
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))].sort((a, b) => a.localeCompare(b, 'sv'));
  return {
    laws: uniq(rows.map((r) => r.law)),
    interventions: uniq(rows.map((r) => r.intervention)),
    targetGroups: uniq(rows.map((r) => r.targetGroup)),
  };
}
