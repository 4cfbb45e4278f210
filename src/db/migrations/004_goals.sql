-- Goals and indicators: goal areas, council goals per term, committee goals, indicators with
-- values (per year or cut-off month, per gender) and targets per year, assessments with history,
-- strategic assignments, the decided goal set that freezes with the internal budget, and the
-- Kolada cache with benchmark groups. Indicator values are double precision: Kolada delivers
-- binary floats, and keeping them as received keeps full precision (null is missing, never 0).

create table goal_area (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  code text not null check (code ~ '^[A-Za-z0-9_-]{1,40}$'),
  name text not null check (length(name) between 1 and 200),
  description text not null default '',
  sort_order integer not null default 0,
  version integer not null default 1,
  unique (municipality_code, code)
);

create table council_goal (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  goal_area_id integer not null references goal_area(id),
  code text not null check (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
  title text not null check (length(title) between 1 and 300),
  summary text not null default '',
  term_from integer not null check (term_from between 1990 and 2100),
  term_to integer not null check (term_to between 1990 and 2100),
  sort_order integer not null default 0,
  source_note text,
  version integer not null default 1,
  unique (municipality_code, code),
  check (term_to >= term_from)
);

create table committee_goal (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  goal_area_id integer not null references goal_area(id),
  council_goal_id integer references council_goal(id),
  code text not null check (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
  title text not null check (length(title) between 1 and 300),
  description text not null default '',
  from_year integer not null check (from_year between 1990 and 2100),
  to_year integer check (to_year between 1990 and 2100),
  -- how the goal's suggested colour rolls up from its indicators
  rollup_rule text not null default 'worst' check (rollup_rule in ('worst', 'majority', 'average')),
  sort_order integer not null default 0,
  source_note text,
  version integer not null default 1,
  unique (committee_id, code),
  check (to_year is null or to_year >= from_year)
);

create table benchmark_group (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  code text not null check (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
  name text not null check (length(name) between 1 and 200),
  kolada_group_id text check (kolada_group_id ~ '^G[0-9]+$'),
  -- whether the tenant municipality itself counts in the group's average and median
  include_self boolean not null default true,
  source_note text,
  version integer not null default 1,
  unique (municipality_code, code)
);

create table benchmark_group_member (
  benchmark_group_id integer not null references benchmark_group(id) on delete cascade,
  member_code text not null check (member_code ~ '^[0-9]{4}$'),
  member_name text not null,
  primary key (benchmark_group_id, member_code)
);

create table indicator (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  committee_goal_id integer not null references committee_goal(id),
  code text not null check (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
  name text not null check (length(name) between 1 and 300),
  definition text not null default '',
  numerator text,
  denominator text,
  unit text not null default '' check (length(unit) <= 40),
  decimals integer not null default 0 check (decimals between 0 and 6),
  source text not null default 'manual' check (source in ('manual', 'import', 'kolada', 'computed')),
  source_detail text not null default '',
  kolada_kpi text check (kolada_kpi ~ '^[NU][0-9]{5}$'),
  computed_formula text,
  periodicity text not null default 'year' check (periodicity in ('year', 'half_year', 'tertial', 'quarter', 'month')),
  expected_note text not null default '',
  gender_split boolean not null default false,
  mandatory boolean not null default false,
  polarity text check (polarity in ('higher_is_better', 'lower_is_better')),
  benchmark_group_id integer references benchmark_group(id),
  owner text not null default '',
  footnote text not null default '',
  sort_order integer not null default 0,
  version integer not null default 1,
  unique (committee_id, code),
  check (source <> 'kolada' or kolada_kpi is not null),
  check (source <> 'computed' or computed_formula is not null)
);
create index indicator_goal_idx on indicator (committee_goal_id, sort_order);

-- month 0 = the whole year; 1–12 = a cut-off within the year ("augusti 2023" = 2023, 8).
create table indicator_value (
  indicator_id integer not null references indicator(id),
  year integer not null check (year between 1990 and 2100),
  month smallint not null default 0 check (month between 0 and 12),
  gender text not null default 'T' check (gender in ('T', 'K', 'M')),
  value double precision,
  numerator double precision,
  denominator double precision,
  preliminary boolean not null default false,
  note text not null default '',
  source_note text,
  updated_by text not null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (indicator_id, year, month, gender),
  check (value is null or value not in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))
);

create table indicator_target (
  indicator_id integer not null references indicator(id),
  year integer not null check (year between 1990 and 2100),
  gender text not null default 'T' check (gender in ('T', 'K', 'M')),
  kind text not null check (kind in ('direction', 'value', 'benchmark')),
  direction text check (direction in ('increase', 'decrease', 'maintain')),
  comparator text check (comparator in ('at_least', 'at_most', 'equal')),
  target_value double precision,
  benchmark_group_id integer references benchmark_group(id),
  statistic text check (statistic in ('average', 'median')),
  label text not null default '',
  version integer not null default 1,
  primary key (indicator_id, year, gender),
  check (kind <> 'direction' or direction is not null),
  check (kind <> 'value' or (target_value is not null and comparator is not null)),
  check (kind <> 'benchmark' or (benchmark_group_id is not null and statistic is not null and comparator in ('at_least', 'at_most')))
);

-- Assessments are append-only history: the newest row per subject and period is the current one.
-- A set colour that differs from the suggestion must carry an analysis.
create table assessment (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  subject_type text not null check (subject_type in ('indicator', 'committee_goal')),
  subject_id integer not null,
  year integer not null check (year between 1990 and 2100),
  month smallint not null default 0 check (month between 0 and 12),
  suggested_colour text not null check (suggested_colour in ('green', 'yellow', 'red', 'none')),
  colour text not null check (colour in ('green', 'yellow', 'red', 'none')),
  analysis text not null default '',
  author text not null,
  created_at timestamptz not null default now(),
  check (colour = suggested_colour or length(btrim(analysis)) > 0)
);
create index assessment_subject_idx on assessment (subject_type, subject_id, year, month, id);

create function assessment_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'Bedömningar ändras inte i efterhand; gör en ny bedömning';
end;
$$;
create trigger assessment_no_update before update or delete on assessment
  for each statement execute function assessment_is_append_only();

create table strategic_assignment (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  -- council = from kommunfullmäktige; committee = the committee's own assignment
  issuer text not null check (issuer in ('council', 'committee')),
  issuer_committee_id integer references committee(id),
  number integer check (number > 0),
  scope text not null check (scope in ('all', 'named', 'own')),
  title text not null check (length(title) between 1 and 1000),
  term_from integer not null check (term_from between 1990 and 2100),
  term_to integer not null check (term_to between 1990 and 2100),
  source_note text,
  version integer not null default 1,
  check (term_to >= term_from),
  check ((issuer = 'committee') = (issuer_committee_id is not null)),
  check (issuer <> 'committee' or scope = 'own'),
  check (scope <> 'own' or issuer = 'committee')
);

-- Named recipients; a committee outside Styrbord (e.g. Bildningsnämnden) is kept by name only.
create table strategic_assignment_recipient (
  assignment_id integer not null references strategic_assignment(id) on delete cascade,
  committee_id integer references committee(id),
  committee_name text not null,
  primary key (assignment_id, committee_name)
);

create table strategic_assignment_follow_up (
  id integer generated always as identity primary key,
  assignment_id integer not null references strategic_assignment(id),
  committee_id integer not null references committee(id),
  year integer not null check (year between 1990 and 2100),
  month smallint not null default 0 check (month between 0 and 12),
  status text not null check (status in ('not_started', 'ongoing', 'done', 'cancelled')),
  text text not null default '',
  author text not null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (assignment_id, committee_id, year, month)
);

-- The decided goal set: a snapshot of the committee goals, indicator definitions and targets of
-- a year, taken when the internal budget (or the goal set itself) is decided.
create table goal_set_snapshot (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  year integer not null check (year between 1990 and 2100),
  budget_version_id integer references budget_version(id),
  decided_on date,
  reason text not null,
  taken_at timestamptz not null default now(),
  snapshot jsonb not null
);
create index goal_set_snapshot_idx on goal_set_snapshot (committee_id, year, id);

create table goal_set_member (
  snapshot_id integer not null references goal_set_snapshot(id),
  entity_type text not null check (entity_type in ('committee_goal', 'indicator')),
  entity_id integer not null,
  primary key (snapshot_id, entity_type, entity_id)
);
create index goal_set_member_entity_idx on goal_set_member (entity_type, entity_id);

-- Every change of a frozen definition or target, with its reason.
create table goal_revision (
  id integer generated always as identity primary key,
  entity_type text not null,
  entity_id text not null,
  reason text not null,
  before jsonb,
  after jsonb,
  at timestamptz not null default now()
);
create index goal_revision_entity_idx on goal_revision (entity_type, entity_id);

create function goal_snapshot_and_audit_are_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'Beslutade målsättningar och revideringslogg kan inte ändras i efterhand';
end;
$$;
create trigger goal_set_snapshot_no_update before update or delete on goal_set_snapshot
  for each statement execute function goal_snapshot_and_audit_are_append_only();
create trigger goal_set_member_no_update before update or delete on goal_set_member
  for each statement execute function goal_snapshot_and_audit_are_append_only();
create trigger goal_revision_no_update before update or delete on goal_revision
  for each statement execute function goal_snapshot_and_audit_are_append_only();

-- Takes the snapshot for a committee and year; returns null when the committee has no goals then.
create function goal_set_freeze(p_committee integer, p_year integer, p_budget_version integer, p_decided_on date, p_reason text)
returns integer language plpgsql as $$
declare
  v_goals jsonb;
  v_id integer;
begin
  select coalesce(jsonb_agg(jsonb_build_object(
      'goal', to_jsonb(g),
      'indicators', (
        select coalesce(jsonb_agg(jsonb_build_object(
            'indicator', to_jsonb(i),
            'targets', (select coalesce(jsonb_agg(to_jsonb(t) order by t.year, t.gender), '[]'::jsonb)
                        from indicator_target t where t.indicator_id = i.id and t.year between p_year and p_year + 1))
          order by i.sort_order, i.id), '[]'::jsonb)
        from indicator i where i.committee_goal_id = g.id))
      order by g.sort_order, g.id), '[]'::jsonb)
    into v_goals
    from committee_goal g
    where g.committee_id = p_committee and g.from_year <= p_year and (g.to_year is null or g.to_year >= p_year);
  if jsonb_array_length(v_goals) = 0 then
    return null;
  end if;
  insert into goal_set_snapshot (committee_id, year, budget_version_id, decided_on, reason, snapshot)
    values (p_committee, p_year, p_budget_version, p_decided_on, p_reason, jsonb_build_object('goals', v_goals))
    returning id into v_id;
  insert into goal_set_member (snapshot_id, entity_type, entity_id)
    select v_id, 'committee_goal', g.id from committee_goal g
    where g.committee_id = p_committee and g.from_year <= p_year and (g.to_year is null or g.to_year >= p_year);
  insert into goal_set_member (snapshot_id, entity_type, entity_id)
    select v_id, 'indicator', i.id from indicator i join committee_goal g on g.id = i.committee_goal_id
    where g.committee_id = p_committee and g.from_year <= p_year and (g.to_year is null or g.to_year >= p_year);
  return v_id;
end;
$$;

-- Deciding the internal budget freezes the committee's goal set for the budget year with it.
create function goal_set_freeze_with_budget() returns trigger language plpgsql as $$
begin
  if old.status = 'draft' and new.status = 'decided' then
    perform goal_set_freeze(new.committee_id, new.budget_year, new.id, new.decided_on, 'Internbudgeten beslutad: ' || new.title);
  end if;
  return new;
end;
$$;
create trigger budget_version_freezes_goals after update on budget_version
  for each row execute function goal_set_freeze_with_budget();

-- A frozen definition or target changes only as an explicit revision: the command sets
-- styrbord.revision_reason for its transaction, and the change is logged here with before/after.
create function goal_definition_is_frozen() returns trigger language plpgsql as $$
declare
  v_frozen boolean;
  v_reason text := nullif(btrim(coalesce(current_setting('styrbord.revision_reason', true), '')), '');
  v_key text;
begin
  if tg_table_name = 'indicator_target' then
    select exists (
      select 1 from goal_set_snapshot s join indicator i on i.committee_id = s.committee_id
      where i.id = coalesce(new.indicator_id, old.indicator_id) and s.year = coalesce(new.year, old.year)
    ) or (tg_op = 'UPDATE' and exists (
      select 1 from goal_set_snapshot s join indicator i on i.committee_id = s.committee_id
      where i.id = old.indicator_id and s.year = old.year
    )) into v_frozen;
    v_key := coalesce(new.indicator_id, old.indicator_id) || ':' || coalesce(new.year, old.year) || ':' || coalesce(new.gender, old.gender);
  else
    select exists (select 1 from goal_set_member m where m.entity_type = tg_table_name and m.entity_id = old.id) into v_frozen;
    v_key := old.id::text;
  end if;
  if not v_frozen then
    return coalesce(new, old);
  end if;
  if tg_op = 'DELETE' and tg_table_name <> 'indicator_target' then
    raise exception 'Posten ingår i en beslutad målsättning och kan inte tas bort';
  end if;
  if v_reason is null then
    raise exception 'Posten ingår i en beslutad målsättning; en ändring måste göras som en revidering med skäl';
  end if;
  insert into goal_revision (entity_type, entity_id, reason, before, after)
    values (tg_table_name, v_key, v_reason,
            case when tg_op = 'INSERT' then null else to_jsonb(old) end,
            case when tg_op = 'DELETE' then null else to_jsonb(new) end);
  return coalesce(new, old);
end;
$$;
create trigger committee_goal_frozen before update or delete on committee_goal
  for each row execute function goal_definition_is_frozen();
create trigger indicator_frozen before update or delete on indicator
  for each row execute function goal_definition_is_frozen();
create trigger indicator_target_frozen before insert or update or delete on indicator_target
  for each row execute function goal_definition_is_frozen();

-- Kolada: metadata and values as fetched (or imported from saved files), with provenance.
create table kolada_kpi (
  id text primary key check (id ~ '^[NU][0-9]{5}$'),
  title text not null,
  description text not null default '',
  is_divided_by_gender boolean not null default false,
  municipality_type text,
  auspice text,
  operating_area text,
  perspective text,
  prel_publication_date date,
  publication_date date,
  publ_period text,
  has_ou_data boolean not null default false,
  fetched_at timestamptz not null default now(),
  source text not null
);

create table kolada_municipality (
  id text primary key check (id ~ '^[0-9]{4}$'),
  title text not null,
  type text not null,
  fetched_at timestamptz not null default now()
);

create table kolada_value (
  kpi text not null check (kpi ~ '^[NU][0-9]{5}$'),
  municipality text not null check (municipality ~ '^([0-9]{4}|G[0-9]+)$'),
  period integer not null check (period between 1900 and 2100),
  gender text not null check (gender in ('T', 'K', 'M')),
  value double precision,
  count integer not null default 0,
  status text not null default '',
  is_deleted boolean not null default false,
  fetched_at timestamptz not null,
  source text not null,
  primary key (kpi, municipality, period, gender)
);

-- Kolada revises values without notice; the value a row had before a refresh is kept here.
create table kolada_value_history (
  kpi text not null,
  municipality text not null,
  period integer not null,
  gender text not null,
  value double precision,
  status text not null,
  is_deleted boolean not null,
  fetched_at timestamptz not null,
  source text not null,
  replaced_at timestamptz not null default now()
);
create index kolada_value_history_idx on kolada_value_history (kpi, municipality, period, gender);

create function kolada_value_keep_history() returns trigger language plpgsql as $$
begin
  if old.value is distinct from new.value or old.is_deleted is distinct from new.is_deleted then
    insert into kolada_value_history (kpi, municipality, period, gender, value, status, is_deleted, fetched_at, source)
      values (old.kpi, old.municipality, old.period, old.gender, old.value, old.status, old.is_deleted, old.fetched_at, old.source);
  end if;
  return new;
end;
$$;
create trigger kolada_value_history before update on kolada_value
  for each row execute function kolada_value_keep_history();

create table kolada_import (
  id integer generated always as identity primary key,
  kind text not null check (kind in ('http', 'file', 'demo')),
  source text not null,
  value_count integer not null,
  kpi_count integer not null default 0,
  municipality_count integer not null default 0,
  imported_at timestamptz not null default now(),
  actor_name text not null
);
