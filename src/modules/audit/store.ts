import type { Queryable } from '../../db/connection.ts';
import type { AuditEvent, AuditFilter, ChainHead, ChainRow } from './model.ts';

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

/** Every event in chain order, with the canonical text the database hashes. */
export function chainRows(db: Queryable): Promise<ChainRow[]> {
  return db.query<ChainRow>(
    `select e.id, e.chain_seq as seq, e.prev_hash as "prevHash", e.hash, audit_event_canonical(e) as canonical
     from audit_event e order by e.chain_seq, e.id`,
  );
}

export async function chainHead(db: Queryable): Promise<ChainHead | null> {
  const [head] = await db.query<ChainHead>('select seq, hash from audit_chain_head');
  return head ?? null;
}
