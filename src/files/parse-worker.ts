import { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import { AppError } from '../core/errors.ts';
import { required } from '../core/required.ts';
import type { FromWorker, ToWorker } from './parse-worker-pool.ts';

/**
 * Runs one parse task inside the worker thread: imports the named function and calls it with the
 * arguments, plus, for a streamed task, the uploaded bytes as a Readable pulled chunk by chunk
 * from the parent (one chunk in flight, so a slow parser holds the upload back instead of
 * buffering it).
 */
const port = required(parentPort, 'parentPort (this file only runs as a worker thread)');
const send = (message: FromWorker) => port.postMessage(message);

/** The current task's readable, waiting for the chunk it asked for. */
let deliver: ((message: ToWorker) => void) | null = null;
let current = 0;

function pulledSource(job: number): Readable {
  return new Readable({
    read() {
      deliver = (message) => {
        deliver = null;
        if (message.type === 'chunk') this.push(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
        else if (message.type === 'end') this.push(null);
        else if (message.type === 'abort') this.destroy(new AppError('validation', message.message));
      };
      send({ type: 'pull', job });
    },
  });
}

port.on('message', (message: ToWorker) => {
  if (message.type !== 'job') {
    if (message.job === current) deliver?.(message);
    return;
  }
  const { job } = message;
  current = job;
  deliver = null;
  void (async () => {
    try {
      const module = (await import(message.module)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const args = message.streamed ? [...message.args, pulledSource(job)] : message.args;
      send({ type: 'done', job, value: await required(module[message.name], `${message.name} in ${message.module}`)(...args) });
    } catch (err) {
      if (err instanceof AppError)
        send({
          type: 'failed',
          job,
          code: err.code,
          message: err.message,
          text: err.text,
          rowTexts: err.details?.rows?.map((r) => r.text),
          details: err.details,
        });
      else send({ type: 'failed', job, code: 'internal', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  })();
});
