import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { drainBody } from './upload-route.ts';

describe('drainBody', () => {
  it('reads a refused body to its end and keeps none of it', async () => {
    const body = new PassThrough();
    const drained = drainBody(body, 10);
    body.write(Buffer.alloc(4));
    body.end(Buffer.alloc(6));
    expect(await drained).toBe(true);
    expect(body.readableEnded).toBe(true);
  });

  it('stops at the limit, so a body without end is never read without end', async () => {
    const body = new PassThrough();
    const drained = drainBody(body, 10);
    body.write(Buffer.alloc(11));
    expect(await drained).toBe(false);
    expect(body.isPaused()).toBe(true);
  });

  it('does not start on a body whose declared length is beyond the limit', async () => {
    const body = Object.assign(new PassThrough(), { headers: { 'content-length': '11' } });
    expect(await drainBody(body, 10)).toBe(false);
  });

  it('gives up on a body that stops coming', async () => {
    const body = new PassThrough();
    const drained = drainBody(body, 10, 20);
    body.write(Buffer.alloc(1));
    expect(await drained).toBe(false);
  });
});
