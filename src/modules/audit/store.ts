import type { Queryable } from '../../db/connection.ts';
import { z, isoDate } from '../../core/validation.ts';

export const auditFilter = z.object({
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditFilter = z.output<typeof auditFilter>;

export interface AuditEvent {
  id: number;
  at: string;
  actorName: string;
  command: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** Newest first; dates are whole Swedish calendar days. */
export function listAuditEvents(db: Queryable, f: AuditFilter): Promise<AuditEvent[]> {
  return db.query<AuditEvent>(
    `select id, at, actor_name as "actorName", command, entity_type as "entityType", entity_id as "entityId", before, after
     from audit_event
     where ($1::text is null or entity_type = $1)
       and ($2::text is null or entity_id = $2)
       and ($3::text is null or actor_name ilike '%' || $3 || '%')
       and ($4::date is null or at >= ($4::date::timestamp at time zone 'Europe/Stockholm'))
       and ($5::date is null or at < (($5::date + 1)::timestamp at time zone 'Europe/Stockholm'))
     order by id desc
     limit $6`,
    [f.entityType ?? null, f.entityId ?? null, f.actor ?? null, f.from ?? null, f.to ?? null, f.limit],
  );
}
