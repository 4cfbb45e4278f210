import { describe, expect, it } from 'vitest';
import { BoundedQueue } from './queue.ts';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const tick = () => new Promise((r) => setImmediate(r));

describe('BoundedQueue', () => {
  it('runs at most `concurrency` tasks, queues up to `maxWaiting` and refuses the next', async () => {
    const queue = new BoundedQueue(2, 3, () => new Error('full'));
    const gates = Array.from({ length: 5 }, deferred);
    let active = 0;
    let most = 0;
    const runs = gates.map((g, i) =>
      queue.run(async () => {
        active++;
        most = Math.max(most, active);
        await g.promise;
        active--;
        return i;
      }),
    );
    await tick();
    expect(queue.size).toEqual({ running: 2, waiting: 3 });
    await expect(queue.run(async () => 'one too many')).rejects.toThrow('full');
    for (const g of gates) g.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a task fails', async () => {
    const queue = new BoundedQueue(1, 0, () => new Error('full'));
    await expect(
      queue.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await queue.run(async () => 'next')).toBe('next');
  });
});
