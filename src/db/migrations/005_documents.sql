-- Committee documents: a document is a view of the data plus the text people write for it.
-- Each edition of a document (v1, v2, …) is a row of its own; a decided edition is frozen with
-- its render model and rendered files, and a new edition starts as a copy of it.

-- A municipality's own section list per document type; absent means the built-in default.
create table document_template (
  municipality_code text not null references municipality(code),
  type text not null check (type in ('internbudget', 'delarsrapport', 'manadsrapport', 'atgardsplan')),
  sections jsonb not null check (jsonb_typeof(sections) = 'array'),
  version integer not null default 1,
  primary key (municipality_code, type)
);

create table document (
  id integer generated always as identity primary key,
  committee_id integer not null references committee(id),
  type text not null check (type in ('internbudget', 'delarsrapport', 'manadsrapport', 'atgardsplan')),
  year integer not null check (year between 1990 and 2100),
  month integer check (month between 1 and 12),
  title text not null,
  status text not null default 'draft' check (status in ('draft', 'decided')),
  -- the edition: 1 for the first, one more for each new version made from a decided one
  number integer not null default 1 check (number >= 1),
  previous_id integer references document(id),
  created_at timestamptz not null default now(),
  created_by text not null,
  version integer not null default 1
);
create unique index document_edition_idx on document (committee_id, type, year, coalesce(month, 0), number);
-- at most one draft per committee, type and period
create unique index document_one_draft_idx on document (committee_id, type, year, coalesce(month, 0)) where status = 'draft';

create table document_section (
  id integer generated always as identity primary key,
  document_id integer not null references document(id),
  position integer not null,
  section_id text not null check (section_id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  title text not null,
  kind text not null check (kind in ('text', 'block')),
  block_types jsonb not null default '[]' check (jsonb_typeof(block_types) = 'array'),
  prompt text,
  paragraphs jsonb not null default '[]' check (jsonb_typeof(paragraphs) = 'array'),
  author text,
  status text not null default 'draft' check (status in ('draft', 'done')),
  note text,
  version integer not null default 1,
  unique (document_id, section_id)
);
create index document_section_document_idx on document_section (document_id, position);

-- An explicit, audited acknowledgement of one finding (identified by its key) before decision.
create table document_acknowledgement (
  id integer generated always as identity primary key,
  document_id integer not null references document(id),
  finding_key text not null,
  section_id text not null,
  kind text not null,
  message text not null,
  reason text not null check (length(reason) > 0),
  actor_name text not null,
  acknowledged_at timestamptz not null default now(),
  unique (document_id, finding_key)
);

-- The decided edition: the render model and the rendered files exactly as decided.
create table document_version (
  id integer generated always as identity primary key,
  document_id integer not null unique references document(id),
  number integer not null,
  decided_on date not null,
  decision_ref text not null,
  decided_by text not null,
  -- the render model as the JSON text it was rendered from (key order kept, unlike jsonb)
  render_model text not null,
  html bytea not null,
  json bytea not null,
  pdf bytea not null,
  docx bytea not null,
  xlsx bytea not null,
  -- sha256 (hex) per format
  hashes jsonb not null,
  findings jsonb not null,
  acknowledged jsonb not null,
  created_at timestamptz not null default now()
);

-- A decided edition made public at a stable address.
create table document_publication (
  id integer generated always as identity primary key,
  document_version_id integer not null unique references document_version(id),
  committee_code text not null,
  slug text not null,
  published_at timestamptz not null default now(),
  published_by text not null,
  unique (committee_code, slug)
);

-- Decided editions are frozen in the database, not only in the application.
create function document_is_frozen() returns trigger language plpgsql as $$
declare
  v_status text;
begin
  if tg_table_name = 'document' then
    if old.status = 'decided' then
      raise exception 'Handlingen är beslutad och kan inte ändras; gör en ny version';
    end if;
    return coalesce(new, old);
  end if;
  select status into v_status from document where id = coalesce(new.document_id, old.document_id);
  if v_status = 'decided' then
    raise exception 'Handlingen är beslutad och kan inte ändras; gör en ny version';
  end if;
  if tg_op = 'UPDATE' and new.document_id <> old.document_id then
    select status into v_status from document where id = old.document_id;
    if v_status = 'decided' then
      raise exception 'Handlingen är beslutad och kan inte ändras; gör en ny version';
    end if;
  end if;
  return coalesce(new, old);
end;
$$;
create trigger document_frozen before update or delete on document
  for each row execute function document_is_frozen();
create trigger document_section_frozen before insert or update or delete on document_section
  for each row execute function document_is_frozen();
create trigger document_acknowledgement_frozen before insert or update or delete on document_acknowledgement
  for each row execute function document_is_frozen();

create function document_record_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'Beslutade handlingar och publiceringar kan inte ändras eller tas bort';
end;
$$;
create trigger document_version_no_update before update or delete on document_version
  for each row execute function document_record_is_append_only();
create trigger document_publication_no_update before update or delete on document_publication
  for each row execute function document_record_is_append_only();
