-- Action plans: plans per committee with versions (draft, decided = frozen, revisions that point
-- back), measures with yearly effects (exact or ranged, partial-year or qualitative), realised
-- effects and follow-up status per measure, and totals as printed in the source documents.
-- Amounts are integer kronor; a reduction and a cost of carrying a measure out are both positive.

-- Configurable vocabularies per municipality: areas, target groups and statuses. A status says
-- what it means for the rules (meaning), so a municipality can name its statuses freely.
create table action_plan_term (
  id integer generated always as identity primary key,
  municipality_code text not null references municipality(code),
  kind text not null check (kind in ('area', 'target_group', 'status')),
  code text not null check (code ~ '^[a-z0-9_-]{1,40}$'),
  label text not null check (length(label) between 1 and 200),
  meaning text check (meaning in ('proposal', 'investigation', 'ongoing', 'implemented', 'dropped')),
  sort_order integer not null default 0,
  active boolean not null default true,
  version integer not null default 1,
  unique (municipality_code, kind, code),
  check ((kind = 'status') = (meaning is not null))
);

create table action_plan (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  title text not null check (length(title) between 1 and 200),
  first_year integer not null check (first_year between 1990 and 2100),
  last_year integer not null check (last_year between 1990 and 2100),
  source_note text,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  unique (committee_id, title),
  check (last_year >= first_year and last_year - first_year <= 15)
);
create index action_plan_committee_idx on action_plan (committee_id);

create table action_plan_version (
  id integer generated always as identity primary key,
  plan_id integer not null references action_plan(id),
  number integer not null check (number >= 1),
  title text not null check (length(title) between 1 and 200),
  status text not null default 'draft' check (status in ('draft', 'decided')),
  revises_id integer references action_plan_version(id),
  revision_reason text,
  decided_on date,
  decision_ref text,
  source_note text,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  unique (plan_id, number),
  check (status = 'draft' or (decided_on is not null and decision_ref is not null)),
  check (revises_id is null or revision_reason is not null)
);

-- A measure belongs to one version; its code (e.g. "B1") identifies it across versions.
create table measure (
  id integer generated always as identity primary key,
  plan_version_id integer not null references action_plan_version(id),
  code text not null check (code ~ '^[A-Za-z0-9._-]{1,20}$'),
  title text not null check (length(title) between 1 and 200),
  description text not null default '',
  area_code text not null,
  target_group_code text,
  owner text not null default '',
  status_code text not null,
  consequence_citizen text not null default '',
  consequence_operations text not null default '',
  consequence_child text not null default '',
  goal_links text[] not null default '{}',
  decision_ref text,
  full_year_min bigint check (full_year_min >= 0),
  full_year_max bigint,
  sort_order integer not null default 0,
  source_note text,
  version integer not null default 1,
  unique (plan_version_id, code),
  check ((full_year_min is null) = (full_year_max is null)),
  check (full_year_max >= full_year_min)
);
create index measure_version_idx on measure (plan_version_id, sort_order);

-- The activity lines (budget rows) a measure is expected to hit.
create table measure_activity (
  measure_id integer not null references measure(id) on delete cascade,
  activity_id integer not null references activity(id),
  primary key (measure_id, activity_id)
);

-- Effect per measure, year and kind: an exact amount (min = max), a range, or qualitative only.
create table measure_effect (
  measure_id integer not null references measure(id) on delete cascade,
  year integer not null check (year between 1990 and 2100),
  kind text not null check (kind in ('reduction', 'implementation_cost')),
  amount_min bigint check (amount_min >= 0),
  amount_max bigint,
  is_partial_year boolean not null default false,
  qualitative text check (qualitative in ('no_economic_effect', 'market_dependent', 'other')),
  note text not null default '',
  source_note text,
  primary key (measure_id, year, kind),
  check ((amount_min is null) = (amount_max is null)),
  check (amount_max >= amount_min),
  check (amount_min is not null or qualitative is not null),
  check (qualitative is distinct from 'other' or note <> '')
);

-- Totals as printed in a document (the plan itself, or the internal budget that quotes it),
-- with the precision they were printed in (10000 = 0,01 mnkr). year null = the full-year column.
create table action_plan_control_total (
  id integer generated always as identity primary key,
  plan_version_id integer not null references action_plan_version(id),
  source text not null check (length(source) between 1 and 200),
  group_by text not null default 'area' check (group_by in ('area', 'target_group')),
  row_code text not null,
  year integer check (year between 1990 and 2100),
  kind text not null default 'reduction' check (kind in ('reduction', 'implementation_cost', 'net')),
  amount bigint not null,
  precision bigint not null default 1 check (precision >= 1)
);
create unique index action_plan_control_total_key on action_plan_control_total
  (plan_version_id, source, group_by, row_code, coalesce(year, 0), kind);

-- Follow-up lives beside the versions (a decided version stays frozen while it is followed up):
-- realised effect and current status per plan, measure code and year.
create table measure_outcome (
  id integer generated always as identity primary key,
  plan_id integer not null references action_plan(id),
  measure_code text not null,
  year integer not null check (year between 1990 and 2100),
  amount bigint not null,
  comment text not null default '',
  author text not null,
  source_note text,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (plan_id, measure_code, year)
);

create table measure_follow_up (
  plan_id integer not null references action_plan(id),
  measure_code text not null,
  status_code text not null,
  comment text not null default '',
  author text not null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (plan_id, measure_code)
);

-- Decided versions are frozen in the database, not only in the application.
create function action_plan_version_is_frozen() returns trigger language plpgsql as $$
declare
  v_version_id integer;
  v_status text;
begin
  if tg_table_name = 'action_plan_version' then
    if old.status = 'decided' then
      raise exception 'Åtgärdsplanens version är beslutad och kan inte ändras; gör en revidering';
    end if;
    return coalesce(new, old);
  end if;
  if tg_table_name in ('measure', 'action_plan_control_total') then
    v_version_id := case when tg_op = 'DELETE' then old.plan_version_id else new.plan_version_id end;
    if tg_op = 'UPDATE' and old.plan_version_id <> new.plan_version_id then
      select status into v_status from action_plan_version where id = old.plan_version_id;
      if v_status = 'decided' then
        raise exception 'Åtgärdsplanens version är beslutad och kan inte ändras; gör en revidering';
      end if;
    end if;
  else
    select m.plan_version_id into v_version_id from measure m
      where m.id = case when tg_op = 'DELETE' then old.measure_id else new.measure_id end;
    if tg_op = 'UPDATE' and old.measure_id <> new.measure_id then
      select v.status into v_status from measure m join action_plan_version v on v.id = m.plan_version_id where m.id = old.measure_id;
      if v_status = 'decided' then
        raise exception 'Åtgärdsplanens version är beslutad och kan inte ändras; gör en revidering';
      end if;
    end if;
  end if;
  select status into v_status from action_plan_version where id = v_version_id;
  if v_status = 'decided' then
    raise exception 'Åtgärdsplanens version är beslutad och kan inte ändras; gör en revidering';
  end if;
  return coalesce(new, old);
end;
$$;
create trigger action_plan_version_frozen before update or delete on action_plan_version
  for each row execute function action_plan_version_is_frozen();
create trigger measure_frozen before insert or update or delete on measure
  for each row execute function action_plan_version_is_frozen();
create trigger measure_activity_frozen before insert or update or delete on measure_activity
  for each row execute function action_plan_version_is_frozen();
create trigger measure_effect_frozen before insert or update or delete on measure_effect
  for each row execute function action_plan_version_is_frozen();
create trigger action_plan_control_total_frozen before insert or update or delete on action_plan_control_total
  for each row execute function action_plan_version_is_frozen();
