import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.ts';
import { zipBomb } from '../../../testing/xlsx-fixtures.ts';
import { readLedgerFile } from './ledger-reader.ts';

const MB = 1024 * 1024;

async function rowsOf(text: string | Buffer, fileName: string): Promise<number> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const chunks = Array.from({ length: Math.ceil(bytes.length / (64 * 1024)) }, (_, i) =>
    bytes.subarray(i * 64 * 1024, (i + 1) * 64 * 1024),
  );
  let rows = 0;
  for await (const batch of readLedgerFile(Readable.from(chunks), fileName)) rows += batch.length;
  return rows;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).message;
}

describe('reading a ledger file within the caps', () => {
  it('refuses a line longer than the cap, also before the first line break', async () => {
    expect(await refusal(rowsOf('a'.repeat(2 * MB), 'enrad.csv'))).toMatch(
      /^Filen enrad\.csv har en rad \(rad 1\) som är längre än 65\s536 tecken/,
    );
    expect(await refusal(rowsOf(`månad;konto;belopp\n2024-01;5000;1\n${'b'.repeat(2 * MB)}`, 'lång.csv'))).toMatch(
      /^Filen lång\.csv har en rad \(rad 3\) som är längre än/,
    );
    expect(await refusal(rowsOf(`månad;konto;belopp\n"${'c'.repeat(2 * MB)}`, 'citat.csv'))).toMatch(
      /^Filen citat\.csv har en rad \(rad 2\)/,
    );
  });

  it('skips a million empty lines as blank lines', async () => {
    expect(await rowsOf(`månad;konto;belopp\n${'\n'.repeat(1_000_000)}2024-01;5000;1\n`, 'tomt.csv')).toBe(2);
  });

  it('refuses an xlsx zip bomb before inflating it', async () => {
    expect(await refusal(rowsOf(zipBomb('Huvudbok', 200 * MB), 'bomb.xlsx'))).toMatch(/^Filen bomb\.xlsx är packad orimligt hårt/);
  });
});
