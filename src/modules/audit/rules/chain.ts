import { createHash } from 'node:crypto';
import type { ChainHead, ChainProblem, ChainReport, ChainRow } from '../model.ts';

/**
 * The audit log as a hash chain: each event's hash is sha256(previous hash ‖ its canonical text),
 * the text being what the database's audit_event_canonical() makes of the stored row. Checking the
 * chain is pure: given the rows in chain order and the head, find the first place it breaks.
 */
export const GENESIS_HASH = '0'.repeat(64);

export const linkHash = (prevHash: string, canonical: string): string =>
  createHash('sha256')
    .update(prevHash + canonical, 'utf8')
    .digest('hex');

export function checkChain(rows: ChainRow[], head: ChainHead | null): ChainReport {
  const report = (problem: ChainProblem | null): ChainReport => ({ events: rows.length, head, problem });
  const seen = new Map<string, number>([[GENESIS_HASH, 0]]);
  let prevHash = GENESIS_HASH;
  let prevId: number | null = null;
  let expectedSeq = 1;
  for (const [index, row] of rows.entries()) {
    if (row.hash === null || row.prevHash === null || row.hash !== linkHash(row.prevHash, row.canonical)) {
      // When the next event still links to the one before, this one was never part of the chain.
      if (rows[index + 1]?.prevHash === prevHash) {
        return report({ kind: 'inserted', eventId: row.id, message: `Händelse #${row.id} har lagts in i efterhand, utanför kedjan.` });
      }
      return report({
        kind: 'changed',
        eventId: row.id,
        message: `Händelse #${row.id} har ändrats i efterhand: innehållet stämmer inte med dess hash.`,
      });
    }
    if (row.prevHash !== prevHash || row.seq !== expectedSeq) {
      // A link back past the previous event means the events in between were put in afterwards.
      if (prevId !== null && seen.has(row.prevHash)) {
        return report({ kind: 'inserted', eventId: prevId, message: `Händelse #${prevId} har lagts in i efterhand, utanför kedjan.` });
      }
      const where = prevId === null ? `före händelse #${row.id}` : `mellan händelse #${prevId} och #${row.id}`;
      return report({
        kind: 'deleted',
        eventId: row.id,
        message: `En eller flera händelser ${where} har tagits bort: kedjan är bruten vid händelse #${row.id}.`,
      });
    }
    seen.set(row.hash, row.seq);
    prevHash = row.hash;
    prevId = row.id;
    expectedSeq++;
  }
  const headHash = head?.hash ?? GENESIS_HASH;
  const headSeq = head?.seq ?? 0;
  if (headSeq > expectedSeq - 1) {
    return report({
      kind: 'deleted',
      eventId: null,
      message: `De senaste ${headSeq - (expectedSeq - 1)} händelserna${prevId === null ? '' : ` efter händelse #${prevId}`} har tagits bort.`,
    });
  }
  if (headHash !== prevHash || headSeq !== expectedSeq - 1) {
    const last = rows[rows.length - 1];
    if (last)
      return report({
        kind: 'inserted',
        eventId: last.id,
        message: `Händelse #${last.id} har lagts in i efterhand: kedjans huvud pekar på en tidigare händelse.`,
      });
    return report({ kind: 'deleted', eventId: null, message: 'Ändringsloggen är tom men kedjans huvud visar att den har haft händelser.' });
  }
  return report(null);
}
