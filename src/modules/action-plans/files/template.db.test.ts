import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestApp, type Client } from '../../../testing/api.ts';
import { CLIENT_HEADER } from '../../../core/http.ts';
import { itemAt, sheetNamed } from '../../../testing/must.ts';

const t = useTestApp();
const controller = t.client('controller');
const reader = t.client('politiker');
let sonPlanId: number;

beforeAll(async () => {
  sonPlanId = (await reader.get('/api/committees/SON/action-plans')).body.plans[0].id;
});

/** The versions of SON's plan, the last one an open revision: whichever test needs it first starts it. */
async function sonVersionsWithDraft(): Promise<{ id: number; version: number; status: string }[]> {
  const versions = (await reader.get(`/api/action-plans/${sonPlanId}/versions`)).body;
  if (versions.at(-1).status === 'draft') return versions;
  expect(
    (await controller.post(`/api/action-plans/${sonPlanId}/versions/current/revise`, { reason: 'Uppföljning hösten 2024' })).status,
  ).toBe(201);
  return (await reader.get(`/api/action-plans/${sonPlanId}/versions`)).body;
}

async function download(url: string, client: Client): Promise<ExcelJS.Workbook> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  expect(res.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
  return workbook;
}

async function upload(url: string, workbook: ExcelJS.Workbook, client = controller) {
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: client.cookie, 'content-type': 'application/octet-stream', [CLIENT_HEADER]: '1' },
    payload: body,
  });
  return { status: res.statusCode, body: JSON.parse(res.body) };
}

const clearRow = (row: ExcelJS.Row) => {
  for (let c = 1; c <= 16; c++) row.getCell(c).value = null;
};

const sheetRows = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('the xlsx template', () => {
  it('comes filled with the version, and round-trips unchanged into a revision', async () => {
    const workbook = await download(`/api/action-plans/${sonPlanId}/versions/current/template`, reader);
    const measures = sheetRows(sheetNamed(workbook, 'Åtgärder'));
    expect(itemAt(measures, 0).slice(0, 4)).toEqual(['Nr', 'Åtgärd', 'Beskrivning', 'Område']);
    expect(itemAt(measures, 1).slice(0, 1)).toEqual(['R1']);
    expect(sheetRows(sheetNamed(workbook, 'Effekter'))[1]).toEqual([
      'R1',
      2023,
      'kostnadsreducering',
      500000,
      '',
      'ja',
      '',
      expect.any(String),
    ]);

    const revision = itemAt(await sonVersionsWithDraft(), -1);
    const res = await upload(`/api/action-plans/${sonPlanId}/versions/${revision.id}/import?filename=plan.xlsx`, workbook);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ inserted: 0, updated: 8, deleted: 0 });
    const compare = (await reader.get(`/api/action-plans/${sonPlanId}/compare`)).body.comparison;
    expect(compare.counts).toMatchObject({ unchanged: 8, changed: 0 });
  });

  it('enters a plan with ranges, partial-year effects, implementation costs and statuses; the second version shows its differences', async () => {
    const created = await controller.post('/api/committees/SN/action-plans', { title: 'Plan från mall', firstYear: 2025, lastYear: 2027 });
    const planId = created.body.id;
    const draftId = created.body.versions[0].id;
    const empty = await download(`/api/action-plans/${planId}/versions/${draftId}/template?filled=false`, controller);
    const ms = sheetNamed(empty, 'Åtgärder');
    ms.addRow([
      'P1',
      'Hemmaplanslösningar',
      'Fler insatser på hemmaplan',
      'Boende och boendeformer',
      'Barn och unga',
      'IFO-BOU',
      'Enhetschef',
      'Pågående',
      4_000_000,
      5_000_000,
    ]);
    ms.addRow(['P2', 'Digitala möten', '', 'Utveckling/innovation', 'Generellt', '', '', 'Nytt förslag']);
    const es = sheetNamed(empty, 'Effekter');
    es.addRow(['P1', 2025, 'kostnadsreducering', 1_000_000, 2_000_000, 'ja']);
    es.addRow(['P1', 2026, 'kostnadsreducering', 4_000_000, 5_000_000, 'nej']);
    es.addRow(['P1', 2025, 'genomförandekostnad', 300_000, '', 'nej']);
    es.addRow(['P2', 2026, 'kostnadsreducering', '', '', 'nej', 'marknadsberoende']);
    const first = await upload(`/api/action-plans/${planId}/versions/${draftId}/import?filename=mall.xlsx`, empty);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ inserted: 2, effects: 4 });

    const summary = (await reader.get(`/api/action-plans/${planId}/summary?range=mid`)).body.summary;
    const boende = summary.rows.find((r: { code: string }) => r.code === 'boende');
    expect(boende.fullYear).toBe(4_500_000);
    expect(boende.cells[0]).toMatchObject({
      reduction: 1_500_000,
      implementationCost: 300_000,
      net: 1_200_000,
      partialYear: true,
      ranged: true,
    });
    expect(summary.rows.at(-1).cells[1]).toMatchObject({ reduction: 4_500_000, qualitative: 1 });
    const checks = (await reader.get(`/api/action-plans/${planId}/checks`)).body.findings;
    expect(checks.map((f: { kind: string; subject: string }) => [f.kind, f.subject])).toEqual([['full_year_differs', 'boende']]);

    const view = (await reader.get(`/api/action-plans/${planId}/versions/${draftId}`)).body;
    expect(
      (
        await controller.post(`/api/action-plans/${planId}/versions/${draftId}/decide`, {
          version: view.version.version,
          decidedOn: '2024-10-01',
          decisionRef: '§ 12',
        })
      ).status,
    ).toBe(200);
    const revision = (await controller.post(`/api/action-plans/${planId}/versions/${draftId}/revise`, { reason: 'Ny bedömning' })).body;
    const filled = await download(`/api/action-plans/${planId}/versions/${revision.id}/template`, controller);
    const ms2 = sheetNamed(filled, 'Åtgärder');
    clearRow(ms2.getRow(3)); // P2 utgår ur planen
    ms2.getRow(2).getCell(8).value = 'Genomförd';
    ms2.addRow(['P3', 'Färre enskilda avtal', '', 'Upphandling', 'Vuxna', '', '', 'Under utredning', 1_000_000]);
    const es2 = sheetNamed(filled, 'Effekter');
    for (let r = 2; r <= 10; r++) clearRow(es2.getRow(r));
    es2.addRow(['P1', 2025, 'kostnadsreducering', 1_000_000, '', 'ja']);
    es2.addRow(['P1', 2026, 'kostnadsreducering', 4_000_000, 5_000_000, 'nej']);
    es2.addRow(['P3', 2026, 'kostnadsreducering', 1_000_000, '', 'nej']);
    const second = await upload(`/api/action-plans/${planId}/versions/${revision.id}/import?filename=mall-v2.xlsx`, filled);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ inserted: 1, updated: 1, deleted: 1, effects: 3 });

    const compare = (await reader.get(`/api/action-plans/${planId}/compare?range=mid`)).body.comparison;
    expect(compare.measures.map((m: { code: string; change: string }) => [m.code, m.change])).toEqual([
      ['P1', 'changed'],
      ['P2', 'dropped'],
      ['P3', 'added'],
    ]);
    expect(compare.measures[0].fields).toEqual(['statusCode', 'effects']);
    expect(compare.totals.map((d: { difference: number }) => d.difference)).toEqual([-500_000, 1_000_000, 0]);
  });

  it('refuses a bad file, naming file, row, column and reason, and changes nothing', async () => {
    const versions = await sonVersionsWithDraft();
    const draft = itemAt(versions, -1);
    const before = (await reader.get(`/api/action-plans/${sonPlanId}/versions/${draft.id}`)).body;
    const workbook = await download(`/api/action-plans/${sonPlanId}/versions/${draft.id}/template`, controller);
    sheetNamed(workbook, 'Åtgärder').getRow(3).getCell(4).value = 'Okänt område';
    sheetNamed(workbook, 'Effekter').getRow(4).getCell(4).value = '0,5 tkr';
    sheetNamed(workbook, 'Åtgärder').getRow(2).getCell(2).value = 'Ändrat namn som inte får sparas';
    const res = await upload(`/api/action-plans/${sonPlanId}/versions/${draft.id}/import?filename=fel.xlsx`, workbook);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('import_failed');
    expect(res.body.error.rows).toEqual([
      { file: 'fel.xlsx', row: 3, column: 'Åtgärder: Område', reason: expect.stringMatching(/Okänt område/) },
      { file: 'fel.xlsx', row: 4, column: 'Effekter: Belopp min (kr)', reason: expect.stringMatching(/hela kronor/) },
    ]);
    const after = (await reader.get(`/api/action-plans/${sonPlanId}/versions/${draft.id}`)).body;
    expect(after).toEqual(before);

    expect((await upload(`/api/action-plans/${sonPlanId}/versions/${draft.id}/import?filename=x.xlsx`, workbook, reader)).status).toBe(403);
    const decided = itemAt(versions, 0);
    const frozen = await upload(
      `/api/action-plans/${sonPlanId}/versions/${decided.id}/import?filename=x.xlsx`,
      await download(`/api/action-plans/${sonPlanId}/versions/${decided.id}/template`, controller),
    );
    expect(frozen.status).toBe(409);
    const stale = await upload(
      `/api/action-plans/${sonPlanId}/versions/${draft.id}/import?filename=x.xlsx&version=${draft.version - 1 || 99}`,
      await download(`/api/action-plans/${sonPlanId}/versions/${draft.id}/template`, controller),
    );
    expect(stale.status).toBe(409);
  });
});
