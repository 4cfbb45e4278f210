import { z, isoDate } from '../../core/validation.ts';

/** The audit log as the auditor reads it: events, the filter over them, and the hash chain's report. */

export const auditFilter = z.object({
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditFilter = z.output<typeof auditFilter>;

export interface AuditEvent {
  id: number;
  at: string;
  actorName: string;
  command: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** One event as the hash chain sees it: its place, its link back, its hash and the canonical text hashed. */
export interface ChainRow {
  id: number;
  seq: number;
  prevHash: string | null;
  hash: string | null;
  canonical: string;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export type ChainProblem =
  | { kind: 'changed'; eventId: number; message: string }
  | { kind: 'deleted'; eventId: number | null; message: string }
  | { kind: 'inserted'; eventId: number; message: string };

export interface ChainReport {
  events: number;
  head: ChainHead | null;
  problem: ChainProblem | null;
}
