import { AppError } from '../core/errors.ts';
import type { Database, Queryable } from './connection.ts';

/**
 * On PostgreSQL the schema belongs to an owner role that runs the migrations; the server runs as
 * a runtime role that may read and write rows but not change the schema, its triggers or the log.
 */
const roleName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Tables the runtime role may only read and append to: the audit log and its chain. */
const appendOnly = ['audit_event'];
const readOnly = ['audit_chain_head', 'schema_migration'];

export function checkRoleName(role: string): string {
  if (!roleName.test(role))
    throw new AppError('validation', `Rollnamnet "${role}" går inte att använda: bara små bokstäver, siffror och understreck.`);
  return role;
}

/** Grants exactly what the server needs; safe to repeat, and repeated after every migration. */
export async function grantRuntimeRole(db: Database, role: string): Promise<void> {
  const r = `"${checkRoleName(role)}"`;
  const [exists] = await db.query<{ super: boolean; bypass: boolean }>(
    'select rolsuper as super, rolbypassrls as bypass from pg_roles where rolname = $1',
    [role],
  );
  if (!exists) throw new AppError('not_found', `Rollen ${role} finns inte. Skapa den först: create role ${role} login password '…';`);
  if (exists.super || exists.bypass)
    throw new AppError('validation', `Rollen ${role} är superanvändare eller får gå förbi radsäkerheten; en körroll får inte vara det.`);
  const [owner] = await db.query<{ owns: boolean }>(
    `select exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = $1)) as owns`,
    [role],
  );
  if (owner?.owns) throw new AppError('validation', `Rollen ${role} äger tabellerna; körrollen ska vara en annan roll än ägaren.`);
  await db.transaction(async (tx) => {
    // the migrations' lock: two GRANTs on one table at once fail with "tuple concurrently updated"
    await tx.query('select pg_advisory_xact_lock(580580)');
    await tx.exec(`
      revoke create on schema public from public;
      revoke all on all tables in schema public from ${r};
      grant usage on schema public to ${r};
      grant select, insert, update, delete on all tables in schema public to ${r};
      revoke update, delete on ${appendOnly.join(', ')} from ${r};
      revoke insert, update, delete on ${readOnly.join(', ')} from ${r};
      revoke all on all sequences in schema public from ${r};
      grant usage, select on all sequences in schema public to ${r};
    `);
  });
}

/** True when the role can read every table: the grants are in place and need not be repeated. */
export async function hasRuntimeGrants(db: Queryable, role: string): Promise<boolean> {
  const [row] = await db.query<{ missing: number }>(
    `select count(*)::int as missing from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not has_table_privilege($1, c.oid, 'SELECT')`,
    [role],
  );
  return row?.missing === 0;
}

/** What makes the connected role unfit to run the server; empty when it is a proper runtime role. */
export async function runtimeRoleProblems(db: Queryable): Promise<string[]> {
  const [me] = await db.query<{ name: string; super: boolean; bypass: boolean; owns: boolean; creates: boolean }>(
    `select current_user as name, r.rolsuper as super, r.rolbypassrls as bypass,
       exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and pg_has_role(current_user, c.relowner, 'USAGE')) as owns,
       has_schema_privilege(current_user, 'public', 'CREATE') as creates
     from pg_roles r where r.rolname = current_user`,
  );
  if (!me) return [];
  return [
    me.super ? `rollen ${me.name} är superanvändare` : '',
    me.bypass ? `rollen ${me.name} går förbi radsäkerheten (BYPASSRLS)` : '',
    me.owns ? `rollen ${me.name} äger tabellerna och kan ändra eller stänga av deras triggrar` : '',
    me.creates ? `rollen ${me.name} får skapa objekt i schemat public` : '',
  ].filter(Boolean);
}

/**
 * The server refuses to start in production on a role that could rewrite decisions or the log
 * unseen; elsewhere it says so once, since a developer's database usually has a single user.
 */
export async function assertRuntimeRole(db: Queryable, env: NodeJS.ProcessEnv, warn: (message: string) => void): Promise<void> {
  const problems = await runtimeRoleProblems(db);
  if (problems.length === 0) return;
  const message =
    `Servern kör med en databasroll som kan skriva om beslut och ändringsloggen: ${problems.join('; ')}. ` +
    'Låt DATABASE_URL peka på en körroll (se `styrbord db grant-runtime`) och STYRBORD_MIGRATION_DATABASE_URL på ägarrollen.';
  if (env.STYRBORD_ENV === 'production') throw new AppError('conflict', message);
  warn(`Varning: ${message}`);
}
