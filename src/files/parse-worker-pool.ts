import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { AppError, importIssue, type ErrorCode, type ImportIssue } from '../core/errors.ts';
import { msg, type Message } from '../core/messages.ts';
import { required } from '../core/required.ts';

/**
 * Uploaded files are parsed in worker threads, so a file that is slow or huge to parse holds up
 * its own import only: the event loop keeps serving other users, and a worker that runs out of
 * its memory limit or time dies alone and the user gets a 400. At most MAX_PARALLEL workers run
 * (further tasks wait, for a while: then 503). A worker whose task ended normally stays warm for the next task for a
 * while, since starting one (TypeScript loader, exceljs) takes most of a second; an idle worker
 * does not keep the process alive.
 */
export type ToWorker =
  | { type: 'job'; job: number; module: string; name: string; args: unknown[]; streamed: boolean }
  | { type: 'chunk'; job: number; data: Uint8Array }
  | { type: 'end'; job: number }
  | { type: 'abort'; job: number; message: string };

export type FromWorker =
  | { type: 'pull'; job: number }
  | { type: 'done'; job: number; value: unknown }
  | {
      type: 'failed';
      job: number;
      code: ErrorCode;
      message: string;
      /** The catalogue message behind `message` and behind each row's reason, so the main thread renders them in the caller's language. */
      text?: Message | null;
      rowTexts?: (Message | undefined)[];
      details?: AppError['details'];
    };

export interface ParseTask {
  /** The module's URL (`taskModule('./x', import.meta.url)`) and its exported async function. */
  module: string;
  name: string;
}

export interface WorkerLimits {
  memoryMb: number;
  /** Counted from when the whole file has been handed over. */
  timeoutMs: number;
  /** How long to wait for a free worker; a minute unless given. */
  queueMs?: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { memoryMb: 512, timeoutMs: 120_000 };
const MAX_PARALLEL = 2;
const IDLE_MS = 30_000;
// A worker thread starts without the parent's TypeScript loader: run from the sources (tests,
// STYRBORD_FROM_SOURCE), the .mjs entry registers tsx first; the build in dist/server/ is plain JavaScript.
const entry = new URL(import.meta.url.endsWith('.ts') ? './parse-worker.mjs' : './parse-worker.js', import.meta.url);

/** A parse task's module beside the calling file: `x.ts` in the sources, `x.js` in the build. */
export function taskModule(path: string, callerUrl: string): string {
  return new URL(`${path}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl).href;
}

interface Warm {
  worker: Worker;
  memoryMb: number;
  timer: NodeJS.Timeout;
}

let running = 0;
let nextJob = 1;
const waiting: (() => void)[] = [];
const warm: Warm[] = [];

/** How long a task waits for a worker before the user is asked to try again, so that uploads holding both workers (a slow client) cannot queue the rest forever. */
const MAX_WAIT_MS = 60_000;
const MAX_WAITING = 50;

const busy = (file: string) => new AppError('unavailable', msg('files.workers_busy', { file, count: MAX_PARALLEL }));

async function slot(file: string, waitMs: number): Promise<() => void> {
  while (running >= MAX_PARALLEL) {
    if (waiting.length >= MAX_WAITING) throw busy(file);
    await new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(busy(file));
      }, waitMs);
      waiting.push(turn);
    });
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function startWorker(memoryMb: number): Worker {
  const i = warm.findIndex((w) => w.memoryMb === memoryMb);
  if (i !== -1) {
    const reused = required(warm.splice(i, 1)[0], 'the warm worker just found');
    clearTimeout(reused.timer);
    reused.worker.ref();
    return reused.worker;
  }
  return new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 } });
}

function keepWarm(worker: Worker, memoryMb: number): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  const entryOf = () => warm.findIndex((w) => w.worker === worker);
  const forget = () => {
    const i = entryOf();
    if (i !== -1) warm.splice(i, 1);
  };
  worker.once('exit', forget);
  worker.unref();
  const timer = setTimeout(() => {
    forget();
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  warm.push({ worker, memoryMb, timer });
  // the warm set never outgrows the number that may run at once
  while (warm.length > MAX_PARALLEL) {
    const oldest = required(warm.shift(), 'the oldest warm worker');
    clearTimeout(oldest.timer);
    void oldest.worker.terminate();
  }
}

/**
 * Reads a stream one chunk per call, for the worker's pulls. When the task ends before the
 * stream, the rest is read and thrown away rather than the stream destroyed: for an upload, that
 * keeps the connection, so the client still gets the answer while it is sending.
 */
function puller(source: Readable) {
  source.pause();
  // an error is handed to the pending pull, or to the next one; never an uncaught 'error' event
  source.on('error', () => undefined);
  let pending: (() => void) | null = null;
  return {
    next: () =>
      new Promise<Buffer | null>((resolve, reject) => {
        if (source.errored) return reject(source.errored);
        if (source.readableEnded) return resolve(null);
        const onData = (chunk: Buffer | string) => {
          source.pause();
          done(() => resolve(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
        };
        const onEnd = () => done(() => resolve(null));
        const onError = (err: Error) => done(() => reject(err));
        const done = (then: () => void) => {
          pending = null;
          source.off('data', onData).off('end', onEnd).off('error', onError);
          then();
        };
        pending = () => source.off('data', onData).off('end', onEnd).off('error', onError);
        source.on('data', onData).once('end', onEnd).once('error', onError);
        source.resume();
      }),
    discardRest: () => {
      (pending as (() => void) | null)?.();
      if (!source.readableEnded && !source.destroyed) source.resume();
    },
  };
}

/** An AppError as the worker sent it, with its message and its rows' reasons from the catalogue again. */
function fromWorker(failed: Extract<FromWorker, { type: 'failed' }>): AppError {
  const rows = failed.details?.rows?.map((r, i): ImportIssue => {
    const text = failed.rowTexts?.[i];
    return text ? importIssue(r.file, r.row, r.column, text) : r;
  });
  const details = failed.details && rows ? { ...failed.details, rows } : failed.details;
  return new AppError(failed.code, failed.text ?? failed.message, details);
}

const outOfLimits = (file: string, limits: WorkerLimits) =>
  new AppError('validation', msg('files.out_of_limits', { file, mb: limits.memoryMb, seconds: Math.round(limits.timeoutMs / 1000) }));

/**
 * Runs `task(...args)` in a worker thread; with `source`, the stream is read here and passed on
 * as the task's last argument. AppErrors from the task arrive as themselves.
 */
export async function runInWorker<T>(
  task: ParseTask,
  file: string,
  args: unknown[],
  source?: Readable,
  limits: WorkerLimits = DEFAULT_WORKER_LIMITS,
): Promise<T> {
  const release = await slot(file, limits.queueMs ?? MAX_WAIT_MS);
  const job = nextJob++;
  const worker = startWorker(limits.memoryMb);
  const chunks = source ? puller(source) : null;
  let timer: NodeJS.Timeout | undefined;
  let reusable = false;
  const startClock = () => {
    timer ??= setTimeout(() => void worker.terminate(), limits.timeoutMs);
  };
  try {
    return await new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
      };
      const pull = () => {
        required(chunks, 'the upload being streamed')
          .next()
          .then(
            (chunk) => {
              if (settled) return;
              if (chunk === null) {
                startClock();
                worker.postMessage({ type: 'end', job } satisfies ToWorker);
              } else {
                // a copy with its own buffer, so it is moved to the worker instead of cloned
                const data = new Uint8Array(chunk);
                worker.postMessage({ type: 'chunk', job, data } satisfies ToWorker, [data.buffer]);
              }
            },
            (err: unknown) => {
              worker.postMessage({ type: 'abort', job, message: err instanceof Error ? err.message : String(err) } satisfies ToWorker);
              settle(() => reject(err));
            },
          );
      };
      worker.on('message', (message: FromWorker) => {
        if (message.job !== job) return;
        if (message.type === 'pull') {
          if (chunks) pull();
          return;
        }
        reusable = true;
        if (message.type === 'done') settle(() => resolve(message.value as T));
        else settle(() => reject(message.code === 'internal' ? new Error(message.message) : fromWorker(message)));
      });
      worker.on('error', () => settle(() => reject(outOfLimits(file, limits))));
      worker.on('exit', () => settle(() => reject(outOfLimits(file, limits))));
      if (!source) startClock();
      worker.postMessage({
        type: 'job',
        job,
        module: task.module,
        name: task.name,
        args,
        streamed: source !== undefined,
      } satisfies ToWorker);
    });
  } finally {
    clearTimeout(timer);
    chunks?.discardRest();
    if (reusable) keepWarm(worker, limits.memoryMb);
    else await worker.terminate();
    release();
  }
}
