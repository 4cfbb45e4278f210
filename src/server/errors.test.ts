import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { importFailed, importIssue, staleVersion } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
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

  it('answers a stale edit and a bad import row in English for Accept-Language: en, in Swedish otherwise', async () => {
    const app = Fastify();
    installErrorHandler(app);
    app.put('/plans/1', () => {
      throw staleVersion(msg('thing.action_plan'));
    });
    app.post('/import', () => {
      throw importFailed([importIssue('plan.xlsx', 4, 'Belopp', msg('field.whole_kronor'))]);
    });
    const en = { 'accept-language': 'en-GB,en;q=0.9' };
    const stale = await app.inject({ method: 'PUT', url: '/plans/1', headers: en });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toEqual({
      code: 'stale_version',
      message: 'Someone else has changed the action plan since you opened it. Reload the page and make the change again.',
    });
    const row = await app.inject({ method: 'POST', url: '/import', headers: en });
    expect(row.statusCode).toBe(400);
    expect(row.json().error.rows).toEqual([
      { file: 'plan.xlsx', row: 4, column: 'Belopp', reason: 'The amount must be a whole number of kronor' },
    ]);
    expect(row.json().error.message).toBe(
      'The import was stopped and nothing was changed. plan.xlsx, row 4, column Belopp: The amount must be a whole number of kronor',
    );
    const sv = await app.inject({ method: 'PUT', url: '/plans/1' });
    expect(sv.json().error.message).toMatch(/^Någon annan har ändrat åtgärdsplanen sedan du öppnade den/);
    await app.close();
  });
});
