export type Role = 'admin' | 'controller' | 'reader' | 'auditor';
export const roles: readonly Role[] = ['admin', 'controller', 'reader', 'auditor'];

/** Who performs a read or a command: a signed-in user, or the CLI acting with admin rights. */
export interface Actor {
  kind: 'user' | 'system';
  userId: number | null;
  name: string;
  role: Role;
  /** Committees a controller may write for. */
  committeeIds: readonly number[];
}

export function systemActor(name: string): Actor {
  return { kind: 'system', userId: null, name, role: 'admin', committeeIds: [] };
}
