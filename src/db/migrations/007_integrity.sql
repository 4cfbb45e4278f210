-- Integrity: decided rows and the audit log cannot be emptied with TRUNCATE (row triggers do not
-- fire for it), and the audit log is a hash chain, so a changed, deleted or inserted event is
-- found by `styrbord audit verify` even when someone with the owner's rights went around the triggers.

create function refuse_truncate() returns trigger language plpgsql as $$
begin
  raise exception '% kan inte tömmas: beslutade uppgifter och ändringsloggen får inte tas bort', tg_table_name;
end;
$$;

create trigger audit_event_no_truncate before truncate on audit_event for each statement execute function refuse_truncate();
create trigger budget_version_no_truncate before truncate on budget_version for each statement execute function refuse_truncate();
create trigger budget_line_no_truncate before truncate on budget_line for each statement execute function refuse_truncate();
create trigger control_total_no_truncate before truncate on control_total for each statement execute function refuse_truncate();
create trigger action_plan_version_no_truncate before truncate on action_plan_version for each statement execute function refuse_truncate();
create trigger measure_no_truncate before truncate on measure for each statement execute function refuse_truncate();
create trigger measure_activity_no_truncate before truncate on measure_activity for each statement execute function refuse_truncate();
create trigger measure_effect_no_truncate before truncate on measure_effect for each statement execute function refuse_truncate();
create trigger action_plan_control_total_no_truncate before truncate on action_plan_control_total for each statement execute function refuse_truncate();
create trigger assessment_no_truncate before truncate on assessment for each statement execute function refuse_truncate();
create trigger goal_set_snapshot_no_truncate before truncate on goal_set_snapshot for each statement execute function refuse_truncate();
create trigger goal_set_member_no_truncate before truncate on goal_set_member for each statement execute function refuse_truncate();
create trigger goal_revision_no_truncate before truncate on goal_revision for each statement execute function refuse_truncate();
create trigger committee_goal_no_truncate before truncate on committee_goal for each statement execute function refuse_truncate();
create trigger indicator_target_no_truncate before truncate on indicator_target for each statement execute function refuse_truncate();
create trigger document_no_truncate before truncate on document for each statement execute function refuse_truncate();
create trigger document_section_no_truncate before truncate on document_section for each statement execute function refuse_truncate();
create trigger document_acknowledgement_no_truncate before truncate on document_acknowledgement for each statement execute function refuse_truncate();
create trigger document_version_no_truncate before truncate on document_version for each statement execute function refuse_truncate();
create trigger document_publication_no_truncate before truncate on document_publication for each statement execute function refuse_truncate();

-- The chain: position, the previous event's hash and this event's hash (hex sha256).
alter table audit_event add column chain_seq bigint;
alter table audit_event add column prev_hash text;
alter table audit_event add column hash text;

-- One row: the newest event's position and hash. Locking it serialises inserts, so concurrent
-- transactions chain one after the other; it also shows when the newest events were removed.
create table audit_chain_head (
  singleton boolean primary key default true check (singleton),
  seq bigint not null,
  hash text not null
);
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head for each statement execute function refuse_truncate();

-- The text that is hashed: every column as stored, in a fixed order, with the time in UTC so the
-- session's time zone cannot change it. `styrbord audit verify` hashes the same text again.
create function audit_event_canonical(e audit_event) returns text language sql stable as $$
  select jsonb_build_array(e.chain_seq, e.id, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id, e.actor_name, e.command, e.entity_type, e.entity_id, e.before, e.after)::text
$$;

-- Runs with the owner's rights, so the runtime role may read the head but never move it itself.
create function audit_event_link() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_head audit_chain_head;
begin
  select * into v_head from audit_chain_head for update;
  new.chain_seq := v_head.seq + 1;
  new.prev_hash := v_head.hash;
  new.hash := encode(sha256(convert_to(v_head.hash || audit_event_canonical(new), 'UTF8')), 'hex');
  update audit_chain_head set seq = new.chain_seq, hash = new.hash;
  return new;
end;
$$;

-- Existing events join the chain in the order they were written.
alter table audit_event disable trigger audit_event_no_update;
update audit_event e set chain_seq = n.seq
  from (select id, row_number() over (order by id) as seq from audit_event) n where n.id = e.id;
do $$
declare
  v_prev text := repeat('0', 64);
  v_event audit_event;
begin
  for v_event in select * from audit_event order by chain_seq loop
    v_event.prev_hash := v_prev;
    v_prev := encode(sha256(convert_to(v_prev || audit_event_canonical(v_event), 'UTF8')), 'hex');
    update audit_event set prev_hash = v_event.prev_hash, hash = v_prev where id = v_event.id;
  end loop;
  insert into audit_chain_head (seq, hash) values ((select count(*) from audit_event), v_prev);
end;
$$;
alter table audit_event enable trigger audit_event_no_update;

alter table audit_event alter column chain_seq set not null;
alter table audit_event alter column prev_hash set not null;
alter table audit_event alter column hash set not null;
alter table audit_event add constraint audit_event_chain_seq_key unique (chain_seq);

create trigger audit_event_chain before insert on audit_event for each row execute function audit_event_link();
