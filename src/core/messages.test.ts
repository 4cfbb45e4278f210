import { describe, expect, it } from 'vitest';
import { catalogueAreas, languageOf, languageOfLocale, msg } from './messages.ts';
import type { Language, Text } from './messages/types.ts';
import { importFailed, notFound } from './errors.ts';
import { kronor, parseInput, shortText, z } from './validation.ts';

describe('the message catalogue', () => {
  it("picks the caller's language from Accept-Language, Swedish when none it speaks", () => {
    expect(languageOf(undefined)).toBe('sv');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('de-DE, sv;q=0.8, en;q=0.5')).toBe('sv');
    expect(languageOf('sv;q=0.2, en;q=0.9')).toBe('en');
    expect(languageOf('fr')).toBe('sv');
    expect(languageOfLocale('en_GB.UTF-8')).toBe('en');
    expect(languageOfLocale('C.UTF-8')).toBe('sv');
  });

  it('keeps the Swedish texts and gives the same error in English', () => {
    const err = notFound(msg('thing.committee'));
    expect(err.message).toBe('Nämnden finns inte.');
    expect(err.bodyIn('en')).toEqual({ error: { code: 'not_found', message: 'Not found: the committee.' } });
    const failed = importFailed([
      { file: 'a.csv', row: 3, column: 'Belopp', reason: 'x' },
      { file: 'a.csv', row: 4, column: 'Belopp', reason: 'y' },
    ]);
    expect(failed.message).toBe('Importen avbröts och ingenting ändrades. a.csv, rad 3, kolumn Belopp: x (och 1 fel till)');
    expect(failed.messageIn('en')).toBe('The import was stopped and nothing was changed. a.csv, row 3, column Belopp: x (and 1 more)');
  });

  it("renders a refused input's field messages in English: zod's own and the shared blocks'", () => {
    const schema = z.object({ year: z.number().int(), name: shortText(), amount: kronor });
    let caught: unknown;
    try {
      parseInput(schema, { year: 'x', name: '', amount: 1.5 });
    } catch (err) {
      caught = err;
    }
    const err = caught as ReturnType<typeof notFound>;
    expect(err.message).toBe(
      'Felaktiga uppgifter – year: Ogiltig inmatning: förväntat antal, fick string; name: Får inte vara tomt; amount: Beloppet ska vara ett heltal i kronor',
    );
    expect(err.bodyIn('en').error).toMatchObject({
      code: 'validation',
      message:
        'Invalid input – year: Invalid input: expected number, received string; name: Must not be empty; amount: The amount must be a whole number of kronor',
      fields: [
        { field: 'year', message: 'Invalid input: expected number, received string' },
        { field: 'name', message: 'Must not be empty' },
        { field: 'amount', message: 'The amount must be a whole number of kronor' },
      ],
    });
  });
});

describe('the catalogue stays whole', () => {
  const areas = Object.entries(catalogueAreas) as [string, Record<string, Record<Language, Text>>][];

  it('defines no key in two areas', () => {
    const areaOf = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, texts] of areas) {
      for (const key of Object.keys(texts)) {
        const first = areaOf.get(key);
        if (first) twice.push(`${key} (${first}, ${area})`);
        else areaOf.set(key, area);
      }
    }
    expect(twice).toEqual([]);
    expect(areaOf.size).toBeGreaterThan(100);
  });

  it('has a non-empty Swedish and English text for every key, also with whatever it names', () => {
    // a template reads any name it likes: every one answers a dummy value
    const dummy = new Proxy({} as Record<string, string | number>, {
      get: (_t, name) => (typeof name === 'string' ? `«${name}»` : undefined),
    });
    const bad: string[] = [];
    for (const [area, texts] of areas) {
      for (const [key, text] of Object.entries(texts)) {
        for (const language of ['sv', 'en'] as const) {
          const t = text[language];
          const rendered = typeof t === 'string' ? t : t(dummy);
          if (typeof rendered !== 'string' || rendered.trim() === '' || rendered.includes('undefined')) {
            bad.push(`${area}/${key}/${language}: ${String(rendered)}`);
          }
        }
        if (typeof text.sv === 'string' && typeof text.en === 'string' && text.sv === text.en && text.sv.length > 12) {
          bad.push(`${area}/${key}: the English is the Swedish`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
