/** Accounts, sessions and sign-in as the rest of Styrbord sees them. */
import type { Actor, Role } from '../../core/actor.ts';

export const SESSION_COOKIE = 'styrbord_session';
export const SESSION_HOURS = 10;

/** The app_setting that makes TOTP required for administrators. */
export const TOTP_REQUIRED_SETTING = 'totp_required_for_admins';

/** The actor of a request made with a session cookie: which session, and whether it may only enrol TOTP. */
export interface SessionActor extends Actor {
  username: string;
  sessionId: number;
  enrolOnly: boolean;
}

/** Where a request came from, as the session list and the audit log show it. */
export interface ClientInfo {
  address: string;
  userAgent: string | null;
}

export interface PasswordUser {
  id: number;
  username: string;
  role: Role;
  disabled: boolean;
  totpSecret: string | null;
  totpLastStep: number | null;
}

export interface SessionInfo {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  address: string | null;
  userAgent: string | null;
  current: boolean;
}

export type SignInOutcome = { kind: 'signed_in'; token: string; actor: SessionActor } | { kind: 'totp_required' };

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

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  description: string;
}

export interface AuthSettings {
  totpRequiredForAdmins: boolean;
}

export interface TotpStatus {
  enabled: boolean;
  /** This user must have TOTP (an admin where the setting requires it). */
  required: boolean;
}
