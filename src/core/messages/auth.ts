import type { Catalogue } from './types.ts';

/** Signing in, sessions, two-step verification and permissions. */
export const auth = {
  'auth.sign_in_required': { sv: 'Du behöver logga in.', en: 'You need to sign in.' },
  'auth.forbidden': { sv: 'Du saknar behörighet för detta.', en: 'You do not have permission to do this.' },
} satisfies Catalogue;
