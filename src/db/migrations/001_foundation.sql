-- Foundation: tenants, the dated organisation, charter rules, users, sessions and the audit log.
-- Every editable row carries a version for optimistic concurrency and a source_note that says
-- where its facts come from (a public document, or an assumption).

create table municipality (
  code text primary key check (code ~ '^[0-9]{4}$'),
  name text not null,
  version integer not null default 1
);

create table administration (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  code text not null,
  name text not null,
  valid_from date not null,
  valid_to date,
  source_note text,
  version integer not null default 1,
  unique (municipality_code, code),
  check (valid_to is null or valid_to >= valid_from)
);

create table committee (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  code text not null check (length(code) between 1 and 12),
  name text not null,
  administration_id integer references administration(id),
  valid_from date not null,
  valid_to date,
  source_note text,
  version integer not null default 1,
  unique (municipality_code, code),
  check (valid_to is null or valid_to >= valid_from)
);

create table provider (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  name text not null,
  kind text not null check (kind in ('in_house', 'private')),
  administration_id integer references administration(id),
  valid_from date not null,
  valid_to date,
  source_note text,
  version integer not null default 1,
  unique (municipality_code, name),
  check (valid_to is null or valid_to >= valid_from)
);

-- The rows of a committee's budget. A "varav" row (is_subset) is part of its parent and is
-- never added to a total again.
create table activity (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  parent_id integer references activity(id),
  code text not null check (length(code) between 1 and 40),
  name text not null check (length(name) between 1 and 200),
  is_subset boolean not null default false,
  sort_order integer not null default 0,
  valid_from date not null,
  valid_to date,
  source_note text,
  version integer not null default 1,
  unique (committee_id, code),
  check (valid_to is null or valid_to >= valid_from),
  check (not is_subset or parent_id is not null)
);
create index activity_committee_idx on activity (committee_id, sort_order);
create index activity_parent_idx on activity (parent_id);

-- An activity maps onto its successor(s) after a reorganisation, with the share (in basis
-- points, 10000 = all of it) that moves, so figures stay comparable across the change.
create table activity_mapping (
  id integer generated always as identity primary key,
  from_activity_id integer not null references activity(id),
  to_activity_id integer not null references activity(id),
  share_bp integer not null default 10000 check (share_bp between 1 and 10000),
  effective_from date not null,
  source_note text,
  version integer not null default 1,
  unique (from_activity_id, to_activity_id),
  check (from_activity_id <> to_activity_id)
);

-- Charter (reglemente): which committee is responsible under a law, for a target group, age
-- range and intervention, on a date. A null intervention means every intervention under the
-- law; age bounds are inclusive and null means unbounded.
create table charter_rule (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  committee_id integer not null references committee(id),
  law text not null,
  target_group text,
  intervention text,
  age_min integer check (age_min is null or age_min between 0 and 150),
  age_max integer check (age_max is null or age_max between 0 and 150),
  description text not null default '',
  valid_from date not null,
  valid_to date,
  source_note text,
  version integer not null default 1,
  check (age_min is null or age_max is null or age_min <= age_max),
  check (valid_to is null or valid_to >= valid_from)
);
create index charter_rule_law_idx on charter_rule (municipality_code, lower(law));

create table app_user (
  id integer generated always as identity primary key,
  username text not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
  display_name text not null,
  role text not null check (role in ('admin', 'controller', 'reader', 'auditor')),
  -- local accounts have an argon2 hash; accounts from an identity provider have a subject instead
  password_hash text,
  auth_provider text not null default 'local',
  external_subject text,
  disabled boolean not null default false,
  version integer not null default 1,
  check (password_hash is not null or external_subject is not null)
);

-- Which committees a controller may write for.
create table role_grant (
  user_id integer not null references app_user(id) on delete cascade,
  committee_id integer not null references committee(id),
  primary key (user_id, committee_id)
);

create table user_session (
  token_hash text primary key,
  user_id integer not null references app_user(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index user_session_user_idx on user_session (user_id);

create table audit_event (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id integer references app_user(id),
  actor_name text not null,
  command text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_at_idx on audit_event (at);

-- The audit log is append-only, enforced in the database, not only in the application.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event är skrivskyddad: händelser kan inte ändras eller tas bort';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
  for each statement execute function audit_event_is_append_only();

-- Small installation-wide settings (e.g. which demo accounts exist, so the start page can say so).
create table app_setting (
  key text primary key,
  value jsonb not null
);
