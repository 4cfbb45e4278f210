import { verify } from '@node-rs/argon2';
import type { Queryable } from '../../db/connection.ts';
import type { DemoAccount } from './model.ts';
import * as store from './store.ts';

let passwordGeneration = 0;

/** A password changed in this process: the start page's list is computed again. */
export function demoPasswordsChanged(): void {
  passwordGeneration += 1;
}

/** Why a real installation must not start: the accounts the demo created that still have its password. */
export async function accountsWithDemoPassword(db: Queryable): Promise<DemoAccount[]> {
  const listed = await store.demoAccountsListed(db);
  if (listed.length === 0) return [];
  const hashes = await store.passwordHashes(
    db,
    listed.map((a) => a.username),
  );
  const still = await Promise.all(
    listed.map(async (a) => {
      const stored = hashes.get(a.username);
      return stored !== undefined && (await verify(stored, a.password));
    }),
  );
  return listed.filter((_, i) => still[i]);
}

// One cached answer per database: a process may serve (or test) several.
const cache = new WeakMap<Queryable, { generation: number; accounts: Promise<DemoAccount[]> }>();

/**
 * The demo accounts that still have the demo password, for the start page. Computed once
 * (argon2 is deliberately slow), again only after a password change.
 */
export function demoAccountsForStartPage(db: Queryable): Promise<DemoAccount[]> {
  const cached = cache.get(db);
  if (cached?.generation === passwordGeneration) return cached.accounts;
  const accounts = accountsWithDemoPassword(db).catch((err: unknown) => {
    cache.delete(db);
    throw err;
  });
  cache.set(db, { generation: passwordGeneration, accounts });
  return accounts;
}
