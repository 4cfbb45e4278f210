import { describe, expect, it } from 'vitest';
import { buildActivityTree, successorsOn, startsWithinCommittee, type Activity, type ActivityMapping } from './model.ts';
import { itemAt } from '../../testing/must.ts';

const act = (id: number, parentId: number | null, sortOrder: number): Activity => ({
  id,
  committeeId: 1,
  parentId,
  code: `A${id}`,
  name: `A${id}`,
  isSubset: parentId !== null,
  sortOrder,
  validFrom: '2024-01-01',
  validTo: null,
  sourceNote: null,
  version: 1,
});
const map = (from: number, to: number, shareBp: number, effectiveFrom = '2024-01-01'): ActivityMapping => ({
  id: from * 100 + to,
  fromActivityId: from,
  toActivityId: to,
  shareBp,
  effectiveFrom,
  sourceNote: null,
  version: 1,
});

describe('buildActivityTree', () => {
  it('nests children under parents in sort order', () => {
    const tree = buildActivityTree([act(3, 1, 20), act(1, null, 10), act(2, 1, 10), act(4, null, 5)]);
    expect(tree.map((n) => n.id)).toEqual([4, 1]);
    expect(itemAt(tree, 1).children.map((n) => n.id)).toEqual([2, 3]);
  });

  it('keeps orphans visible as roots', () => {
    expect(buildActivityTree([act(2, 99, 0)]).map((n) => n.id)).toEqual([2]);
  });
});

describe('successorsOn', () => {
  it('follows chains and splits by share', () => {
    const mappings = [map(1, 2, 10000), map(2, 3, 6000, '2025-01-01'), map(2, 4, 4000, '2025-01-01')];
    expect(successorsOn(1, mappings, '2024-06-01')).toEqual([{ activityId: 2, shareBp: 10000 }]);
    expect(successorsOn(1, mappings, '2025-06-01')).toEqual([
      { activityId: 3, shareBp: 6000 },
      { activityId: 4, shareBp: 4000 },
    ]);
  });

  it('stops on a cycle', () => {
    expect(successorsOn(1, [map(1, 2, 10000), map(2, 1, 10000)], '2024-06-01')).toEqual([]);
  });
});

describe('startsWithinCommittee', () => {
  it('refuses an activity that starts before its committee and allows one that outlives it', () => {
    const committee = { validFrom: '2019-01-01', validTo: '2023-12-31' };
    expect(startsWithinCommittee({ validFrom: '2018-12-31' }, committee)).toBe(false);
    expect(startsWithinCommittee({ validFrom: '2025-01-01' }, committee)).toBe(true);
  });
});
