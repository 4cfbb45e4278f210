import type { Readable } from 'node:stream';
import { AppError, importFailed, importIssue } from '../core/errors.ts';
import { msg } from '../core/messages.ts';

/** Tasks for parse-worker-pool.test.ts, run inside the worker. */
export async function echo(value: unknown): Promise<unknown> {
  return value;
}

export async function refuse(message: string): Promise<never> {
  throw new AppError('validation', message);
}

/** A refusal from the catalogue, message and row alike, so the main thread can render it in English. */
export async function refuseRow(file: string): Promise<never> {
  throw importFailed([importIssue(file, 2, 'Kod', msg('field.required'))]);
}

/** Holds on to more and more memory until the worker's limit ends it. */
export async function hog(): Promise<never> {
  const held: number[][] = [];
  for (;;) held.push(Array.from({ length: 1_000_000 }, (_, i) => i));
}

export async function spin(): Promise<never> {
  for (;;) {
    // never yields: only terminating the worker ends this
  }
}

export async function countBytes(stopAfter: number | null, source: Readable): Promise<number> {
  let total = 0;
  for await (const chunk of source) {
    total += (chunk as Buffer).length;
    if (stopAfter !== null && total >= stopAfter) break;
  }
  return total;
}
