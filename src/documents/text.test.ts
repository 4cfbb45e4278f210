import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatText, parseText } from './text.ts';

describe('written text', () => {
  it('splits paragraphs on blank lines and bullets on "- "', () => {
    expect(parseText('Första stycket\nfortsätter.\n\nAndra.\n- ett\n- två\n\nSlut.')).toEqual([
      { type: 'p', text: 'Första stycket fortsätter.' },
      { type: 'p', text: 'Andra.' },
      { type: 'li', text: 'ett' },
      { type: 'li', text: 'två' },
      { type: 'p', text: 'Slut.' },
    ]);
  });

  it('gives back what it formatted', () => {
    const word = fc.stringMatching(/^[a-zåäö0-9,.]{1,8}$/);
    const para = fc.record({
      type: fc.constantFrom('p' as const, 'li' as const),
      text: fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(para, { maxLength: 6 }), (ps) => {
        expect(parseText(formatText(ps))).toEqual(ps);
      }),
    );
  });
});
