-- Sign-in hardening: throttled failures, richer sessions and an optional TOTP second factor.

-- Failed sign-ins per account, per account and client address, and per client address. Kept in
-- the database so a restart does not forgive an attacker and several app servers share them.
create table login_throttle (
  scope text not null check (scope in ('account', 'account_address', 'address')),
  key text not null,
  failures integer not null default 0 check (failures >= 0),
  last_failed_at timestamptz not null default now(),
  -- the failure before the last one: what an attempt counted up front is judged against
  previous_failed_at timestamptz,
  locked_until timestamptz,
  primary key (scope, key)
);
create index login_throttle_last_failed_idx on login_throttle (last_failed_at);

-- A session is listed and revoked by its id; the token hash stays the secret lookup key.
alter table user_session add column id integer generated always as identity;
alter table user_session add constraint user_session_id_key unique (id);
alter table user_session add column last_seen_at timestamptz not null default now();
alter table user_session add column client_address text;
alter table user_session add column user_agent text;
-- an admin without TOTP where it is required may only enrol
alter table user_session add column enrol_only boolean not null default false;
create index user_session_expires_idx on user_session (expires_at);

-- TOTP: the confirmed secret, a secret being enrolled, and the last time step used (no replay).
alter table app_user add column totp_secret text;
alter table app_user add column totp_pending_secret text;
alter table app_user add column totp_last_step bigint;
