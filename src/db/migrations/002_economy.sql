-- Economy: frames, internal budget versions with plan years, periodisation, ledger outcome,
-- forecasts and closed months. Amounts are integer kronor; cost and income are both stored
-- as positive amounts and net = cost - income.

-- A row of unallocated cost reductions is not budgeted: it is computed as frame - planned net cost.
alter table activity add column role text not null default 'activity'
  check (role in ('activity', 'unallocated_reduction'));

create table budget_frame (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  year integer not null check (year between 1990 and 2100),
  amount bigint not null,
  source_note text,
  version integer not null default 1,
  unique (committee_id, year)
);

create table budget_version (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  budget_year integer not null check (budget_year between 1990 and 2100),
  title text not null,
  status text not null default 'draft' check (status in ('draft', 'decided')),
  revises_id integer references budget_version(id),
  revision_reason text,
  decided_on date,
  decision_ref text,
  source_note text,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check (status = 'draft' or (decided_on is not null and decision_ref is not null)),
  check (revises_id is null or revision_reason is not null)
);
create index budget_version_committee_idx on budget_version (committee_id, budget_year);

create table budget_line (
  budget_version_id integer not null references budget_version(id),
  activity_id integer not null references activity(id),
  year integer not null check (year between 1990 and 2100),
  cost bigint not null default 0,
  income bigint not null default 0,
  primary key (budget_version_id, activity_id, year)
);

-- Totals as printed in the source document, compared with Styrbord's own sums.
create table control_total (
  id integer generated always as identity primary key,
  budget_version_id integer not null references budget_version(id),
  label text not null,
  year integer not null,
  measure text not null check (measure in ('net', 'cost', 'income')),
  amount bigint not null,
  unique (budget_version_id, label, year, measure)
);

-- Closing outcome of years without monthly ledger detail (e.g. from an earlier document).
create table closing_outcome (
  activity_id integer not null references activity(id),
  year integer not null,
  cost bigint not null default 0,
  income bigint not null default 0,
  source_note text,
  primary key (activity_id, year)
);

-- Decided budget versions are frozen in the database, not only in the application.
create function budget_version_is_frozen() returns trigger language plpgsql as $$
declare
  v_status text;
begin
  if tg_table_name = 'budget_version' then
    if old.status = 'decided' then
      raise exception 'Budgetversionen är beslutad och kan inte ändras; gör en revidering';
    end if;
    return coalesce(new, old);
  end if;
  select status into v_status from budget_version
    where id = coalesce(new.budget_version_id, old.budget_version_id);
  if v_status = 'decided' then
    raise exception 'Budgetversionen är beslutad och kan inte ändras; gör en revidering';
  end if;
  if tg_op = 'UPDATE' and new.budget_version_id <> old.budget_version_id then
    select status into v_status from budget_version where id = old.budget_version_id;
    if v_status = 'decided' then
      raise exception 'Budgetversionen är beslutad och kan inte ändras; gör en revidering';
    end if;
  end if;
  return coalesce(new, old);
end;
$$;
create trigger budget_version_frozen before update or delete on budget_version
  for each row execute function budget_version_is_frozen();
create trigger budget_line_frozen before insert or update or delete on budget_line
  for each row execute function budget_version_is_frozen();
create trigger control_total_frozen before insert or update or delete on control_total
  for each row execute function budget_version_is_frozen();

-- Monthly weights (any positive scale) per activity and year; absent means an even spread.
create table period_profile (
  activity_id integer not null references activity(id),
  year integer not null,
  method text not null check (method in ('even', 'custom', 'last_year')),
  weights integer[] not null check (array_length(weights, 1) = 12),
  version integer not null default 1,
  primary key (activity_id, year)
);

-- Ledger outcome, aggregated per activity, month and account at import.
create table ledger_import (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  year integer not null,
  months integer[] not null,
  file_name text not null,
  row_count integer not null,
  total_amount bigint not null,
  imported_at timestamptz not null default now(),
  actor_name text not null
);

create table ledger_outcome (
  activity_id integer not null references activity(id),
  year integer not null,
  month integer not null check (month between 1 and 12),
  account text not null,
  amount bigint not null,
  ledger_import_id integer not null references ledger_import(id),
  primary key (activity_id, year, month, account)
);
create index ledger_outcome_period_idx on ledger_outcome (year, month);

-- Which ledger rows belong to which activity. Empty pattern fields match anything.
create table ledger_mapping (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  cost_centre text,
  activity_code text,
  account_from text,
  account_to text,
  activity_id integer not null references activity(id),
  priority integer not null default 0,
  version integer not null default 1
);

create table forecast (
  activity_id integer not null references activity(id),
  year integer not null,
  month integer not null check (month between 1 and 12),
  amount bigint not null,
  comment text not null default '',
  author text not null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (activity_id, year, month)
);

create table month_close (
  committee_id integer not null references committee(id),
  year integer not null,
  month integer not null check (month between 1 and 12),
  closed_at timestamptz not null default now(),
  closed_by text not null,
  primary key (committee_id, year, month)
);

-- A forecast for a closed month stays as it was.
create function forecast_month_is_closed() returns trigger language plpgsql as $$
begin
  if exists (
    select 1 from month_close mc join activity a on a.committee_id = mc.committee_id
    where a.id = coalesce(new.activity_id, old.activity_id)
      and mc.year = coalesce(new.year, old.year) and mc.month = coalesce(new.month, old.month)
  ) then
    raise exception 'Månaden är stängd; prognosen kan inte ändras';
  end if;
  return coalesce(new, old);
end;
$$;
create trigger forecast_closed before insert or update or delete on forecast
  for each row execute function forecast_month_is_closed();

create table economy_setting (
  committee_id integer primary key references committee(id),
  action_plan_threshold_bp integer not null default 100 check (action_plan_threshold_bp between 1 and 10000),
  early_warning_margin_bp integer not null default 50 check (early_warning_margin_bp between 1 and 10000),
  version integer not null default 1
);
