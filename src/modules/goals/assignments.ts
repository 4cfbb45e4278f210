import type { Queryable } from '../../db/connection.ts';
import { getCommitteeByCode } from '../organisation/store.ts';

export type AssignmentStatus = 'not_started' | 'ongoing' | 'done' | 'cancelled';
export const assignmentStatusLabel: Record<AssignmentStatus, string> = { not_started: 'Ej påbörjat', ongoing: 'Pågår', done: 'Genomfört', cancelled: 'Avbrutet' };

export interface AssignmentFollowUp {
  year: number;
  month: number | null;
  status: AssignmentStatus;
  text: string;
  author: string;
  updatedAt: string;
  version: number;
}

export interface StrategicAssignment {
  id: number;
  issuer: 'council' | 'committee';
  issuerCommitteeCode: string | null;
  number: number | null;
  scope: 'all' | 'named' | 'own';
  title: string;
  termFrom: number;
  termTo: number;
  sourceNote: string | null;
  version: number;
  recipients: { committeeCode: string | null; name: string }[];
  /** This committee's follow-ups, newest first. */
  followUps: AssignmentFollowUp[];
  /** The newest follow-up up to the period asked for, or null (= not yet followed up). */
  current: AssignmentFollowUp | null;
}

/** The assignments a committee has in a year: to all, to it by name, or its own. */
export async function listAssignments(db: Queryable, committeeCode: string, year: number, month: number | null = null): Promise<StrategicAssignment[]> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const rows = await db.query<Omit<StrategicAssignment, 'recipients' | 'followUps' | 'current'>>(
    `select a.id, a.issuer, c.code as "issuerCommitteeCode", a.number, a.scope, a.title, a.term_from as "termFrom", a.term_to as "termTo",
       a.source_note as "sourceNote", a.version
     from strategic_assignment a left join committee c on c.id = a.issuer_committee_id
     where a.term_from <= $2 and a.term_to >= $2 and (
       a.scope = 'all' or (a.scope = 'own' and a.issuer_committee_id = $1)
       or (a.scope = 'named' and exists (select 1 from strategic_assignment_recipient r where r.assignment_id = a.id and r.committee_id = $1)))
     order by case a.issuer when 'council' then 0 else 1 end, case a.scope when 'all' then 0 when 'named' then 1 else 2 end, a.number nulls last, a.id`,
    [committee.id, year],
  );
  const ids = rows.map((r) => r.id);
  const recipients = await db.query<{ assignmentId: number; committeeCode: string | null; name: string }>(
    `select r.assignment_id as "assignmentId", c.code as "committeeCode", r.committee_name as name
     from strategic_assignment_recipient r left join committee c on c.id = r.committee_id where r.assignment_id = any($1::int[]) order by r.committee_name`,
    [ids],
  );
  const followUps = await db.query<AssignmentFollowUp & { assignmentId: number }>(
    `select assignment_id as "assignmentId", year, nullif(month, 0)::int as month, status, text, author, updated_at as "updatedAt", version
     from strategic_assignment_follow_up where committee_id = $1 and assignment_id = any($2::int[]) order by year desc, month desc`,
    [committee.id, ids],
  );
  const key = (f: { year: number; month: number | null }) => f.year * 100 + (f.month ?? 13);
  const limit = key({ year, month });
  return rows.map((a) => {
    const own = followUps.filter((f) => f.assignmentId === a.id).map(({ assignmentId: _, ...f }) => f).sort((x, y) => key(y) - key(x));
    return {
      ...a,
      recipients: recipients.filter((r) => r.assignmentId === a.id).map(({ committeeCode, name }) => ({ committeeCode, name })),
      followUps: own,
      current: own.find((f) => key(f) <= limit) ?? null,
    };
  });
}
