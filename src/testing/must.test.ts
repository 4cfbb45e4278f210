import { describe, expect, it } from 'vitest';
import { findIn, itemAt, must } from './must.ts';

describe('test lookups', () => {
  it('returns what is there, falsy values included', () => {
    expect(must(0, 'a count')).toBe(0);
    expect(findIn([1, 2, 3], (n) => n > 1)).toBe(2);
    expect(itemAt(['a', 'b'], -1)).toBe('b');
  });

  it('fails naming what was missing', () => {
    expect(() => must(null, 'the committee SON')).toThrow('Expected the committee SON, got null');
    expect(() => findIn([1, 2], (n) => n > 5)).toThrow(/n > 5.* among 2 items/);
    expect(() => itemAt([], 0, 'the first row')).toThrow('Expected the first row, the list has 0');
  });
});
