import type { Readable } from 'node:stream';
import { AppError } from '../core/errors.ts';

/** Tasks for parse-worker-pool.test.ts, run inside the worker. */
export async function echo(value: unknown): Promise<unknown> {
  return value;
}

export async function refuse(message: string): Promise<never> {
  throw new AppError('validation', message);
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
