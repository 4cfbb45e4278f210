import { describe, expect, it } from 'vitest';
import { findBadText, jsonDepth } from './input.ts';

describe('JSON input checks', () => {
  it('counts nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]"}')).toBe(1);
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('['.repeat(1_000_000), 32)).toBe(33);
  });

  it('finds NUL and lone surrogates in values and keys, with the field named', () => {
    expect(findBadText({ name: 'Socialnämnden 𝕊' })).toBeNull();
    expect(findBadText({ rows: [{ name: 'a\u0000b' }] })).toMatchObject({ field: 'rows.0.name' });
    expect(findBadText({ name: 'x\ud800' })?.problem).toMatch(/surrogat/);
    expect(findBadText({ ['k\u0000']: 1 })).toMatchObject({ field: 'k\u0000' });
  });
});
