import { AppError } from '../../core/errors.ts';
import type { RouteContext } from '../../http/context.ts';
import { accountsWithDemoPassword, demoModeAllowed, type DemoAccount } from './rules/demo-mode.ts';

let passwordGeneration = 0;

/** A password changed in this process: the start page's list is computed again. */
export function demoPasswordsChanged(): void {
  passwordGeneration += 1;
}

/**
 * Public, and only in demo mode (else 404): the demo accounts that still have the demo password,
 * so the start page can say how to sign in. Computed once (argon2 is deliberately slow), again
 * only after a password change.
 */
export function registerDemoInfoRoutes({ app, db }: RouteContext): void {
  let cached: { generation: number; accounts: Promise<DemoAccount[]> } | undefined;
  app.get('/api/demo-accounts', async () => {
    if (!demoModeAllowed(db.kind)) throw new AppError('not_found', 'Det finns inget här.');
    if (cached?.generation !== passwordGeneration) {
      const accounts = accountsWithDemoPassword(db).catch((err: unknown) => {
        cached = undefined;
        throw err;
      });
      cached = { generation: passwordGeneration, accounts };
    }
    const accounts = await cached.accounts;
    if (accounts.length === 0) throw new AppError('not_found', 'Det finns inget här.');
    return accounts;
  });
}
