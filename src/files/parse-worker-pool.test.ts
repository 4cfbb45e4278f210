import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.ts';
import { runInWorker } from './parse-worker-pool.ts';

const tasks = new URL('./parse-worker-pool.tasks.ts', import.meta.url).href;
const task = (name: string) => ({ module: tasks, name });

describe('parsing in a worker thread', () => {
  it('returns the task’s value and passes its AppError on as it is', async () => {
    expect(await runInWorker(task('echo'), 'f.csv', [{ rows: [['a', 'b']] }])).toEqual({ rows: [['a', 'b']] });
    const err = await runInWorker(task('refuse'), 'f.csv', ['Filen f.csv är fel.']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'validation', message: 'Filen f.csv är fel.' });
  });

  it('brings a catalogue refusal back as its message, so it answers in the caller’s language', async () => {
    const err = await runInWorker(task('refuseRow'), 'f.csv', ['f.csv']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const body = (err as AppError).bodyIn('en').error;
    expect(body.message).toBe('The import was stopped and nothing was changed. f.csv, row 2, column Kod: Required');
    expect(body.rows).toEqual([{ file: 'f.csv', row: 2, column: 'Kod', reason: 'Required' }]);
    expect((err as AppError).message).toBe('Importen avbröts och ingenting ändrades. f.csv, rad 2, kolumn Kod: Krävs');
  });

  it('gives a clear 400 when the worker dies of its memory limit, and the next task runs', async () => {
    const err = await runInWorker(task('hog'), 'stor.xlsx', [], undefined, { memoryMb: 64, timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    expect((err as AppError).message).toBe(
      'Filen stor.xlsx kunde inte läsas inom gränserna (64 MB minne, 60 sekunder). Dela upp filen eller ta bort tomma rader och kolumner.',
    );
    expect(await runInWorker(task('echo'), 'f.csv', [1])).toBe(1);
  });

  it('ends a task that runs past its time with a clear 400', async () => {
    const err = await runInWorker(task('spin'), 'evig.csv', [], undefined, { memoryMb: 64, timeoutMs: 500 }).catch((e: unknown) => e);
    expect((err as AppError).message).toMatch(/^Filen evig\.csv kunde inte läsas inom gränserna/);
  });

  it('asks the user to try again (503) when every worker stays busy past the wait', async () => {
    const spinning = [1, 2].map(() =>
      runInWorker(task('spin'), 'evig.csv', [], undefined, { memoryMb: 64, timeoutMs: 2_000 }).catch((e: unknown) => e),
    );
    const err = await runInWorker(task('echo'), 'kö.csv', [1], undefined, { memoryMb: 64, timeoutMs: 2_000, queueMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({
      status: 503,
      message: 'Filen kö.csv kunde inte läsas in just nu: servern läser redan in 2 andra filer. Försök igen om en stund.',
    });
    await Promise.all(spinning);
    expect(await runInWorker(task('echo'), 'f.csv', [2])).toBe(2);
  });

  it('streams a source to the task chunk by chunk', async () => {
    const chunks = Array.from({ length: 50 }, () => Buffer.alloc(64 * 1024, 1));
    expect(await runInWorker(task('countBytes'), 'f.csv', [null], Readable.from(chunks))).toBe(50 * 64 * 1024);
  });

  it('reads and drops the rest of a source the task stopped reading, rather than destroying it', async () => {
    const source = new PassThrough();
    const done = runInWorker<number>(task('countBytes'), 'f.csv', [64 * 1024], source);
    for (let i = 0; i < 20; i++) source.write(Buffer.alloc(64 * 1024));
    source.end();
    expect(await done).toBeGreaterThanOrEqual(64 * 1024);
    // a destroyed source never ends, and this would time out
    if (!source.readableEnded) await new Promise((resolve) => source.once('end', resolve));
    expect(source.readableEnded).toBe(true);
  });
});
