import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { installErrorHandler } from '../server/errors.ts';
import { reportError } from '../cli/errors.ts';
import { must } from '../testing/must.ts';
import { databaseError } from './errors.ts';

/** The same database refusal, once through the API's error handler and once through the CLI's. */
describe('a database refusal answers the same in the API and the CLI', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const refusals: Record<string, string> = {
    duplicate: 'insert into refusal_probe values (1), (1)',
    frozen: `do $$ begin raise exception 'Budgetversionen är beslutad och kan inte ändras; gör en revidering'; end $$`,
    check: 'insert into refusal_probe values (-1)',
  };
  const failure = async (name: string) =>
    t.db.query(must(refusals[name], `a refusal named ${name}`)).then(
      () => null,
      (err: unknown) => err,
    );

  beforeAll(async () => {
    // the probe table is the test's own, so it is created as the owner (the runtime role cannot create tables)
    t = await createTestDatabase({ asOwner: true });
    await t.db.query('create table refusal_probe (k integer primary key check (k >= 0))');
    app = Fastify();
    installErrorHandler(app);
    app.post<{ Params: { name: string } }>('/refuse/:name', async (request) =>
      t.db.query(must(refusals[request.params.name], `a refusal named ${request.params.name}`)),
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  const cli = (err: unknown, language: 'sv' | 'en' = 'sv') => {
    const lines: string[] = [];
    return { code: reportError(err, language, (line) => lines.push(line)), lines };
  };

  it('a duplicate key is a 409 in the API and "Fel: …", exit 1, in the CLI', async () => {
    const res = await app.inject({ method: 'POST', url: '/refuse/duplicate' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: { code: 'conflict', message: 'Det finns redan en post med samma nyckel.' } });
    expect(cli(await failure('duplicate'))).toEqual({ code: 1, lines: ['Fel: Det finns redan en post med samma nyckel.'] });
  });

  it('the frozen-row trigger is a 409 with its own message in both', async () => {
    const res = await app.inject({ method: 'POST', url: '/refuse/frozen' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('frozen');
    expect(cli(await failure('frozen'))).toEqual({
      code: 1,
      lines: ['Fel: Budgetversionen är beslutad och kan inte ändras; gör en revidering'],
    });
  });

  it('a broken check constraint is a 400 in both, and English when the caller asks for it', async () => {
    const res = await app.inject({ method: 'POST', url: '/refuse/check', headers: { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('The data breaks a rule in the database (e.g. a date or a limit).');
    expect(cli(await failure('check'), 'en')).toEqual({
      code: 1,
      lines: ['Error: The data breaks a rule in the database (e.g. a date or a limit).'],
    });
  });

  it('a serialisation failure is a conflict the caller may retry; an error of our own stays unexpected (exit 3)', () => {
    expect(databaseError({ code: '40001', message: 'could not serialize access' })?.status).toBe(409);
    expect(cli(new Error('boom'))).toEqual({ code: 3, lines: ['Oväntat fel: boom'] });
  });
});
