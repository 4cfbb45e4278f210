import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from '../core/validation.ts';
import { installErrorHandler } from './errors.ts';

describe('the central error handler', () => {
  it("answers a zod error from a route's own parse of a param with 400 and the fields, in the caller's language", async () => {
    const app = Fastify();
    installErrorHandler(app);
    app.get<{ Params: { format: string } }>('/files/:format', (request) => ({
      format: z.enum(['pdf', 'docx']).parse(request.params.format),
    }));
    const sv = await app.inject({ method: 'GET', url: '/files/exe' });
    expect(sv.statusCode).toBe(400);
    expect(sv.json().error).toMatchObject({ code: 'validation', fields: [{ field: '(indata)' }] });
    expect(sv.json().error.message).toMatch(/^Felaktiga uppgifter – /);
    const en = await app.inject({ method: 'GET', url: '/files/exe', headers: { 'accept-language': 'en' } });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toMatch(/^Invalid input – /);
    await app.close();
  });
});
