import type { Queryable } from '../../db/connection.ts';
import type { ClientInfo } from './store.ts';

/** The authentication events in the audit log; never with a password, code or secret. */
export type AuthCommand =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.lockout'
  | 'auth.logout'
  | 'auth.password_change'
  | 'auth.totp_enabled'
  | 'auth.totp_disabled'
  | 'auth.session_revoked'
  | 'auth.settings';

export interface AuthEvent {
  command: AuthCommand;
  /** The account concerned, as typed for a failed sign-in (it need not exist). */
  username: string;
  /** Who acted: the signed-in user, or null with a name such as "anonym" or "cli:root". */
  actor: { userId: number | null; name: string };
  client: ClientInfo | null;
  details?: Record<string, unknown>;
}

/** Written like a command's event (src/db/command.ts), so the log's own guarantees cover it. */
export async function auditAuth(db: Queryable, e: AuthEvent): Promise<void> {
  const after = { ...(e.client ? { address: e.client.address, userAgent: e.client.userAgent } : {}), ...e.details };
  await db.query(
    `insert into audit_event (actor_id, actor_name, command, entity_type, entity_id, before, after)
     values ($1, $2, $3, 'app_user', $4, null, $5::jsonb)`,
    [e.actor.userId, e.actor.name, e.command, e.username.slice(0, 64), JSON.stringify(after)],
  );
}
