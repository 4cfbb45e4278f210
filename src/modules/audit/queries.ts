import type { Queryable } from '../../db/connection.ts';
import type { ChainReport } from './model.ts';
import { checkChain } from './rules/chain.ts';
import { chainHead, chainRows } from './store.ts';

/**
 * Reads the chain and checks it here, in TypeScript: the database supplies each event's canonical
 * text and the stored hashes, the hashes are recomputed independently of the database's own sha256.
 */
export async function verifyAuditChain(db: Queryable): Promise<ChainReport> {
  return checkChain(await chainRows(db), await chainHead(db));
}

/** One line for a person: how many events, the head to note down elsewhere, or the first break. */
export function describeChainReport(report: ChainReport): string {
  if (report.problem) return `Ändringsloggen har manipulerats: ${report.problem.message}`;
  const head = report.head ? `Kedjans huvud: händelse ${report.head.seq}, sha256 ${report.head.hash}` : 'Kedjan är tom.';
  return `Ändringsloggen är obruten: ${report.events} händelser. ${head}\nAnteckna huvudet utanför systemet; en senare kontroll visar då också om hela kedjan har räknats om.`;
}
