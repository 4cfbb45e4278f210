import { describe, expect, it } from 'vitest';
import type { ChainRow } from '../model.ts';
import { itemAt, must } from '../../../testing/must.ts';
import { checkChain, GENESIS_HASH, linkHash } from './chain.ts';

/** A well-formed chain of n events, as the database trigger builds it. */
function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const canonical = JSON.stringify([i, i * 10, 'händelse']);
    const hash = linkHash(prev, canonical);
    rows.push({ id: i * 10, seq: i, prevHash: prev, hash, canonical });
    prev = hash;
  }
  return rows;
}
const headOf = (rows: ChainRow[]) => ({ seq: rows.length, hash: rows[rows.length - 1]?.hash ?? GENESIS_HASH });

describe('the audit hash chain', () => {
  it('accepts an untouched chain, and an empty one', () => {
    const rows = chain(5);
    expect(checkChain(rows, headOf(rows)).problem).toBeNull();
    expect(checkChain([], null).problem).toBeNull();
  });

  it('names a changed event', () => {
    const rows = chain(5);
    const head = headOf(rows);
    const third = itemAt(rows, 2);
    rows[2] = { ...third, canonical: third.canonical.replace('händelse', 'annat') };
    expect(checkChain(rows, head).problem).toMatchObject({ kind: 'changed', eventId: 30 });
  });

  it('finds a deleted event where the chain breaks, and the newest deleted through the head', () => {
    const rows = chain(5);
    const head = headOf(rows);
    expect(
      checkChain(
        rows.filter((r) => r.id !== 30),
        head,
      ).problem,
    ).toMatchObject({ kind: 'deleted', eventId: 40 });
    expect(checkChain(rows.slice(0, 4), head).problem).toMatchObject({ kind: 'deleted', eventId: null });
  });

  it('finds an event inserted in the middle or after the head', () => {
    const rows = chain(3);
    const head = headOf(rows);
    const [first, second, third] = [itemAt(rows, 0), itemAt(rows, 1), itemAt(rows, 2)];
    const forged: ChainRow = { id: 99, seq: 3, prevHash: second.hash, hash: 'f'.repeat(64), canonical: 'x' };
    expect(checkChain([first, second, forged, { ...third, seq: 4 }], head).problem).toMatchObject({
      kind: 'inserted',
      eventId: 99,
    });
    const thirdHash = must(third.hash, "the third event's hash");
    const valid = { ...forged, seq: 4, prevHash: thirdHash, hash: linkHash(thirdHash, 'x') };
    expect(checkChain([...rows, valid], head).problem).toMatchObject({ kind: 'inserted', eventId: 99 });
  });
});
