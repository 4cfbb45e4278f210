-- Publishing and decisions: a publication can be withdrawn with a reason, and a municipality can
-- require a second person (four eyes) to decide or publish what someone else prepared.

-- A withdrawn publication: the public address answers 410 with this notice. The publication and the
-- decided edition it points at stay as they are; withdrawing adds a row, it changes none.
create table document_withdrawal (
  id integer generated always as identity primary key,
  document_publication_id integer not null unique references document_publication(id),
  reason text not null check (length(reason) between 1 and 1000),
  withdrawn_at timestamptz not null default now(),
  withdrawn_by text not null
);
create trigger document_withdrawal_no_update before update or delete on document_withdrawal
  for each row execute function document_record_is_append_only();
create trigger document_withdrawal_no_truncate before truncate on document_withdrawal
  for each statement execute function refuse_truncate();

-- Settings an administrator sets per municipality; absent means every default.
create table municipality_setting (
  municipality_code text primary key references municipality(code),
  -- decisions and publications need someone other than the one who prepared the draft
  four_eyes boolean not null default false,
  version integer not null default 1
);
