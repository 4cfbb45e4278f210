import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { msg, type Message } from '../../core/messages.ts';
import type { Queryable } from '../../db/connection.ts';
import type { MunicipalitySettings } from './model.ts';
import { fourEyesRefusal, type FourEyesAct, type Preparer } from './rules.ts';

export async function getSettings(db: Queryable, municipalityCode: string): Promise<MunicipalitySettings> {
  const [m] = await db.query<{ code: string }>('select code from municipality where code = $1', [municipalityCode]);
  if (!m) throw notFound(msg('thing.municipality_code', { code: municipalityCode }));
  const [row] = await db.query<MunicipalitySettings>(
    'select municipality_code as "municipalityCode", four_eyes as "fourEyes", version from municipality_setting where municipality_code = $1',
    [municipalityCode],
  );
  return row ?? { municipalityCode, fourEyes: false, version: 0 };
}

/** A draft that is decided or published, identified as its audit events name it. */
export type PreparedSubject =
  | { kind: 'budget_version'; id: number }
  | { kind: 'action_plan_version'; id: number }
  | { kind: 'goal_set'; committeeId: number; year: number }
  | { kind: 'document'; id: number };

// The acts of deciding, publishing and withdrawing are not preparation.
const notPreparing = `command not in ('document.decide', 'document.publish', 'document.withdraw', 'budget_version.decide', 'action_plan_version.decide', 'goal_set.decide')`;

/**
 * The preparers of a draft: everyone the audit log shows writing to it – creating it, changing it,
 * or writing one of its rows (budget lines; measures and their effects; a document's sections and
 * acknowledgements; for a goal set, its goals, their indicators and the targets for the year and the next).
 */
const preparerSql: Record<PreparedSubject['kind'], string> = {
  budget_version: `(entity_type = 'budget_version' and entity_id = $1) or (entity_type = 'budget_line' and split_part(entity_id, ':', 1) = $1)`,
  action_plan_version: `(entity_type = 'action_plan_version' and entity_id = $1)
    or (entity_type = 'measure' and (entity_id in (select id::text from measure where plan_version_id = $1::integer) or before->>'planVersionId' = $1))
    or (entity_type = 'measure_effect' and split_part(entity_id, ':', 1) in (select id::text from measure where plan_version_id = $1::integer))`,
  goal_set: `(entity_type = 'committee_goal' and entity_id in (select id::text from set_goal))
    or (entity_type = 'indicator' and entity_id in (select id::text from set_indicator))
    or (entity_type = 'indicator_target' and split_part(entity_id, ':', 1) in (select id::text from set_indicator)
        and split_part(entity_id, ':', 2) in ($2::integer::text, ($2::integer + 1)::text))`,
  document: `(entity_type = 'document' and entity_id = $1)
    or (entity_type = 'document_section' and entity_id in (select id::text from document_section where document_id = $1::integer))
    or (entity_type = 'document_acknowledgement' and split_part(entity_id, ':', 1) = $1)`,
};

// the goals (and their indicators) in force in the year, as goal_set_freeze takes them
const goalSetScope = `with set_goal as (select id from committee_goal where committee_id = $1::integer and from_year <= $2::integer and (to_year is null or to_year >= $2::integer)),
  set_indicator as (select i.id from indicator i join set_goal g on g.id = i.committee_goal_id) `;

export function preparersOf(db: Queryable, subject: PreparedSubject): Promise<Preparer[]> {
  const params = subject.kind === 'goal_set' ? [subject.committeeId, subject.year] : [String(subject.id)];
  return db.query<Preparer>(
    `${subject.kind === 'goal_set' ? goalSetScope : ''}select distinct actor_id as "userId", actor_name as name from audit_event
     where (${preparerSql[subject.kind]}) and ${notPreparing}`,
    params,
  );
}

const committeeSql: Record<PreparedSubject['kind'], string> = {
  budget_version: 'select committee_id as id from budget_version where id = $1',
  action_plan_version: 'select p.committee_id as id from action_plan_version v join action_plan p on p.id = v.plan_id where v.id = $1',
  goal_set: 'select id from committee where id = $1',
  document: 'select committee_id as id from document where id = $1',
};

/**
 * Refuses the act (403) when the committee's municipality requires four eyes and the actor
 * prepared the draft; `what` names it in the message ("budgetversionen", "handlingen").
 */
export async function ensureSecondPerson(
  db: Queryable,
  actor: Actor,
  subject: PreparedSubject,
  what: Message,
  act: FourEyesAct = 'decide',
): Promise<void> {
  const [committee] = await db.query<{ municipalityCode: string }>(
    `select c.municipality_code as "municipalityCode" from committee c where c.id = (${committeeSql[subject.kind]})`,
    [subject.kind === 'goal_set' ? subject.committeeId : subject.id],
  );
  if (!committee) return; // the command's own lookup reports what does not exist
  const settings = await getSettings(db, committee.municipalityCode);
  if (!settings.fourEyes) return;
  const refusal = fourEyesRefusal(true, actor, await preparersOf(db, subject), what, act);
  if (refusal) throw refusal;
}
