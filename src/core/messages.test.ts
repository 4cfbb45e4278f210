import { describe, expect, it } from 'vitest';
import { languageOf, languageOfLocale, msg } from './messages.ts';
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
