import type { Queryable } from '../../db/connection.ts';
import { checkChain, type ChainHead, type ChainReport, type ChainRow } from './rules/chain.ts';

/**
 * Reads the chain and checks it here, in TypeScript: the database supplies each event's canonical
 * text and the stored hashes, the hashes are recomputed independently of the database's own sha256.
 */
export async function verifyAuditChain(db: Queryable): Promise<ChainReport> {
  const rows = await db.query<ChainRow>(
    `select e.id, e.chain_seq as seq, e.prev_hash as "prevHash", e.hash, audit_event_canonical(e) as canonical
     from audit_event e order by e.chain_seq, e.id`);
  const [head] = await db.query<ChainHead>('select seq, hash from audit_chain_head');
  return checkChain(rows, head ?? null);
}

/** One line for a person: how many events, the head to note down elsewhere, or the first break. */
export function describeChainReport(report: ChainReport): string {
  if (report.problem) return `Ändringsloggen har manipulerats: ${report.problem.message}`;
  const head = report.head ? `Kedjans huvud: händelse ${report.head.seq}, sha256 ${report.head.hash}` : 'Kedjan är tom.';
  return `Ändringsloggen är obruten: ${report.events} händelser. ${head}\nAnteckna huvudet utanför systemet; en senare kontroll visar då också om hela kedjan har räknats om.`;
}
