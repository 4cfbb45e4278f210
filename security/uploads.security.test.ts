import { describe, expect, it } from 'vitest';
import { must } from '../src/testing/must.ts';
import type { HttpClient } from '../src/testing/server.ts';
import { sparseXlsx, zipBomb } from '../src/testing/xlsx-fixtures.ts';
import { useSecuredServer, users } from './support.ts';

/**
 * Hostile uploads, sent over HTTP to the real server: a sparse sheet whose used range is the
 * whole grid, a zip bomb, CSV without line breaks and of a million empty lines, and multi-MB
 * bodies from a user who may not import. Each gets a clear 4xx JSON answer, and the server keeps
 * serving everyone else meanwhile.
 */
const MB = 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Answer {
  error?: { code: string; message: string };
  [key: string]: unknown;
}

async function upload(
  client: HttpClient,
  path: string,
  body: Buffer | string,
  contentType: string,
): Promise<{ status: number; json: Answer | null; text: string }> {
  const res = await client.fetch(path, {
    method: 'POST',
    body: typeof body === 'string' ? body : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length),
    headers: { 'content-type': contentType },
  });
  const text = await res.text();
  let json: Answer | null = null;
  try {
    json = JSON.parse(text) as Answer;
  } catch {
    // not JSON: the status and text are asserted
  }
  return { status: res.status, json, text };
}

const orgImport = (file: string) => `/api/organisation/import?filename=${encodeURIComponent(file)}`;
const budgetImport = (file: string) =>
  `/api/committees/SON/economy/versions/import?year=2031&title=Test&filename=${encodeURIComponent(file)}`;
const ledgerImport = (file: string, year = 2030) => `/api/committees/SON/ledger-imports?year=${year}&filename=${encodeURIComponent(file)}`;

describe('hostile uploads', () => {
  const ctx = useSecuredServer();

  const healthy = async () => {
    const res = await fetch(`${ctx.server.url}/api/health`, { signal: AbortSignal.timeout(15_000) });
    return res.status;
  };

  it('refuses a reader’s sparse xlsx with 403 before reading it, and the server lives on', async () => {
    const reader = await ctx.signIn(users.reader);
    const file = await sparseXlsx('Verksamheter');
    expect(file.length).toBeLessThan(10_000);
    for (const path of [
      orgImport('sparse.xlsx'),
      budgetImport('sparse.xlsx'),
      ledgerImport('sparse.xlsx'),
      '/api/committees/SON/indicator-data/import?filename=sparse.xlsx',
    ]) {
      const res = await upload(reader, path, file, XLSX);
      expect(res.status, path).toBe(403);
      expect(res.json?.error?.code).toBe('forbidden');
    }
    const kolada = await upload(reader, '/api/kolada/import?filename=k.json', '{"values": []}', 'application/json');
    expect(kolada.status).toBe(403);
    const plans = await reader.json('GET', '/api/committees/SON/action-plans');
    const planId = (plans.body as { id: number }[] | null)?.[0]?.id ?? 1;
    const template = await upload(reader, `/api/action-plans/${planId}/versions/current/import?filename=mall.xlsx`, file, XLSX);
    expect([403, 404]).toContain(template.status);
    expect(await healthy()).toBe(200);
    expect(ctx.server.alive()).toBe(true);
  });

  it('answers a reader’s multi-MB upload with a 403 body while it is still being sent, not a reset connection', async () => {
    const reader = await ctx.signIn(users.reader);
    const big = Buffer.alloc(30 * MB, 0x61);
    const streamed = await upload(reader, ledgerImport('stor.csv'), big, 'text/csv');
    expect(streamed.status).toBe(403);
    expect(streamed.json?.error?.message).toMatch(/behörighet/);
    const buffered = await upload(reader, orgImport('stor.csv'), big.subarray(0, 15 * MB), 'text/csv');
    expect(buffered.status).toBe(403);
    expect(buffered.json?.error?.code).toBe('forbidden');
    const anonymous = await upload(ctx.anonymous(), orgImport('stor.csv'), big.subarray(0, 15 * MB), 'text/csv');
    expect(anonymous.status).toBe(401);
  });

  it('reads a controller’s sparse xlsx by its present cells only: a clear 400 naming the row, never a hang', async () => {
    const controller = await ctx.signIn(users.controller);
    const res = await upload(controller, orgImport('sparse.xlsx'), await sparseXlsx('Verksamheter'), XLSX);
    expect(res.status).toBe(400);
    expect(res.json?.error?.message).toMatch(/sparse\.xlsx.*rad 1048576.*högst 20\s000 rader/);
    expect(await healthy()).toBe(200);
  });

  it('refuses a zip bomb (200 MB of XML from under 1 MB) from a controller before inflating it, naming the limit', async () => {
    const controller = await ctx.signIn(users.controller);
    const bomb = zipBomb('Driftsammandrag', 200 * MB);
    expect(bomb.length).toBeLessThan(1 * MB);
    const res = await upload(controller, budgetImport('bomb.xlsx'), bomb, XLSX);
    expect(res.status).toBe(400);
    expect(res.json?.error?.message).toMatch(/bomb\.xlsx är för stor uppackad \(mer än 50 MB\)/);
    const ledger = await upload(controller, ledgerImport('bomb.xlsx'), zipBomb('Huvudbok', 200 * MB), XLSX);
    expect(ledger.status).toBe(400);
    expect(ledger.json?.error?.message).toMatch(/bomb\.xlsx är packad orimligt hårt/);
    expect(await healthy()).toBe(200);
  });

  it('refuses a 40 MB CSV without a line break with a clear 400 naming the line limit', async () => {
    const controller = await ctx.signIn(users.controller);
    const line = Buffer.alloc(40 * MB, 0x61);
    const ledger = await upload(controller, ledgerImport('enrad.csv'), line, 'text/csv');
    expect(ledger.status).toBe(400);
    expect(ledger.json?.error?.message).toMatch(/enrad\.csv har en rad \(rad 1\) som är längre än 65\s536 tecken/);
    const budget = await upload(controller, budgetImport('enrad.csv'), line.subarray(0, 15 * MB), 'text/csv');
    expect(budget.status).toBe(400);
    expect(budget.json?.error?.message).toMatch(/enrad\.csv har en rad \(rad 1\) som är längre än/);
    expect(await healthy()).toBe(200);
  });

  it('refuses a file beyond the size limit with a clear 400 naming the limit, not a reset connection', async () => {
    const controller = await ctx.signIn(users.controller);
    const res = await upload(controller, orgImport('jätte.csv'), Buffer.alloc(25 * MB, 0x61), 'text/csv');
    expect(res.status).toBe(400);
    expect(res.json?.error?.message).toBe('Filen jätte.csv är större än 20 MB; så stora filer kan inte läsas in på en gång.');
  });

  it('answers a million empty lines with a clear 400 (table import) or a plain refusal (ledger)', async () => {
    const controller = await ctx.signIn(users.controller);
    const empty = '\n'.repeat(1_000_000);
    const org = await upload(controller, orgImport('tomt.csv'), empty, 'text/csv');
    expect(org.status).toBe(400);
    expect(org.json?.error?.message).toMatch(/tomt\.csv har fler än 20\s000 rader/);
    const ledger = await upload(controller, ledgerImport('tomt.csv'), empty, 'text/csv');
    expect(ledger.status).toBe(400);
    expect(ledger.json?.error?.message).toMatch(/tomt\.csv/);
    expect(await healthy()).toBe(200);
  });

  it('answers /api/health while a large ledger import runs, and the import succeeds', async () => {
    const controller = await ctx.signIn(users.controller);
    const rules = await controller.json('GET', '/api/committees/SON/ledger-mappings');
    const code = must(
      (rules.body as { activityCode: string | null }[]).find((r) => r.activityCode)?.activityCode,
      'a ledger mapping with an activity code',
    );
    const rows = 3_000_000;
    const file = `månad;ansvar;verksamhet;konto;belopp\n${`2030-01;;${code};5000;1\n`.repeat(rows)}`;
    expect(file.length).toBeGreaterThan(60 * MB);
    let running = true;
    const importing = upload(controller, ledgerImport('stor-huvudbok.csv'), file, 'text/csv').finally(() => (running = false));
    const answers: number[] = [];
    let answeredWhileRunning = 0;
    while (running) {
      answers.push(await healthy());
      if (running) answeredWhileRunning++;
      await new Promise((r) => setTimeout(r, 200));
    }
    const result = await importing;
    expect(result.status, result.text).toBe(200);
    expect(result.json).toMatchObject({ rowCount: rows, totalAmount: rows });
    expect(answers.every((s) => s === 200)).toBe(true);
    expect(answeredWhileRunning).toBeGreaterThan(0);
  });
});
