import { verify } from '@node-rs/argon2';
import type { Queryable } from '../../../db/connection.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  description: string;
}

/**
 * Demo mode is the embedded PGlite database outside production: only there is the demo (with its
 * four known passwords) loaded on an empty database, and only there does the start page list it.
 */
export function demoModeAllowed(databaseKind: 'pglite' | 'postgresql', env: NodeJS.ProcessEnv = process.env): boolean {
  return databaseKind === 'pglite' && env.STYRBORD_ENV !== 'production';
}

/** Why a real installation must not start: the accounts the demo created that still have its password. */
export async function accountsWithDemoPassword(db: Queryable): Promise<DemoAccount[]> {
  const [setting] = await db.query<{ value: DemoAccount[] }>("select value from app_setting where key = 'demo_accounts'");
  const listed = setting?.value ?? [];
  if (listed.length === 0) return [];
  const users = await db.query<{ username: string; passwordHash: string }>(
    "select username, password_hash as \"passwordHash\" from app_user where username = any($1::text[]) and password_hash is not null and not disabled",
    [listed.map((a) => a.username)],
  );
  const hashes = new Map(users.map((u) => [u.username, u.passwordHash]));
  const still = await Promise.all(listed.map(async (a) => {
    const stored = hashes.get(a.username);
    return stored !== undefined && (await verify(stored, a.password));
  }));
  return listed.filter((_, i) => still[i]);
}

export function demoPasswordRefusal(accounts: readonly DemoAccount[], reason: string): string {
  return `Styrbord startar inte ${reason}: ${accounts.length === 1 ? 'kontot' : 'kontona'} ${accounts.map((a) => a.username).join(', ')} har fortfarande demolösenordet. `
    + 'Byt lösenord med `styrbord user passwd ANVÄNDARNAMN` (eller stäng av kontot) och starta igen.';
}
