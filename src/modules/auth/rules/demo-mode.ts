import type { DemoAccount } from '../model.ts';

/**
 * Demo mode is the embedded PGlite database outside production: only there is the demo (with its
 * four known passwords) loaded on an empty database, and only there does the start page list it.
 */
export function demoModeAllowed(databaseKind: 'pglite' | 'postgresql', env: NodeJS.ProcessEnv = process.env): boolean {
  return databaseKind === 'pglite' && env.STYRBORD_ENV !== 'production';
}

export function demoPasswordRefusal(accounts: readonly DemoAccount[], reason: string): string {
  return (
    `Styrbord startar inte ${reason}: ${accounts.length === 1 ? 'kontot' : 'kontona'} ${accounts.map((a) => a.username).join(', ')} har fortfarande demolösenordet. ` +
    'Byt lösenord med `styrbord user passwd ANVÄNDARNAMN` (eller stäng av kontot) och starta igen.'
  );
}
