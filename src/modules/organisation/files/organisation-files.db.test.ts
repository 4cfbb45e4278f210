import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestApp } from '../../../testing/api.ts';
import { ACTIVITY_COLUMNS } from './activity-table.ts';
import { CLIENT_HEADER } from '../../../core/http.ts';
import { itemAt, must, sheetNamed } from '../../../testing/must.ts';
import { queryOne } from '../../../db/rows.ts';

const t = useTestApp();
for (const username of ['admin', 'controller', 'politiker']) t.client(username);
const cookie = (username: string) => t.client(username).cookie;

async function download(format: 'xlsx' | 'csv', user = 'politiker', asOf?: string) {
  const res = await t.app.inject({
    url: `/api/organisation/export?format=${format}${asOf ? `&asOf=${asOf}` : ''}`,
    headers: { cookie: cookie(user) },
  });
  expect(res.statusCode).toBe(200);
  return res;
}

async function upload(user: string, filename: string, body: Buffer | string, contentType = 'application/octet-stream') {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/organisation/import?filename=${encodeURIComponent(filename)}`,
    headers: { cookie: cookie(user), 'content-type': contentType, [CLIENT_HEADER]: '1' },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() };
}

async function workbookOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const rowValues = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
const findRow = (sheet: ExcelJS.Worksheet, committee: string, code: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === committee && row.getCell(2).value === code) found = row;
  });
  return must<ExcelJS.Row>(found, `a row ${committee} ${code} in ${sheet.name}`);
};

const snapshot = async () => ({
  activities: await t.db.query('select * from activity order by id'),
  audit: (await queryOne<{ n: number }>(t.db, 'select count(*)::int as n from audit_event')).n,
});

describe('export', () => {
  it('gives any signed-in user an xlsx with every sheet and the demo rows', async () => {
    const res = await download('xlsx', 'politiker', '2024-06-01');
    expect(res.headers['content-disposition']).toBe('attachment; filename="organisation-0580-2024-06-01.xlsx"');
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = await workbookOf(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Nämnder', 'Förvaltningar', 'Utförare', 'Verksamheter', 'Mappningar']);
    const sheet = sheetNamed(wb, 'Verksamheter');
    expect(rowValues(sheet.getRow(1))).toEqual([...ACTIVITY_COLUMNS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rowValues(findRow(sheet, 'SN', 'IFO-BOU')).slice(0, 7)).toEqual([
      'SN',
      'IFO-BOU',
      'Individ- och familjeomsorg BoU',
      '',
      'nej',
      50,
      '2024-01-01',
    ]);
    expect(rowValues(findRow(sheet, 'SN', 'BOU-DYGN')).slice(3, 5)).toEqual(['IFO-BOU', 'ja']);
    const committees = sheetNamed(wb, 'Nämnder');
    expect(committees.getColumn(1).values.slice(2).sort()).toEqual(['AMN', 'SN', 'VON']);
    const mappings = sheetNamed(wb, 'Mappningar');
    expect(rowValues(mappings.getRow(1))).toEqual(['Från nämnd', 'Från kod', 'Till nämnd', 'Till kod', 'Andel %', 'Gäller från', 'Källa']);
    expect(rowValues(findRow(mappings, 'SON', 'IFO-BOU')).slice(0, 6)).toEqual(['SON', 'IFO-BOU', 'SN', 'IFO-BOU', 100, '2024-01-01']);
    const providers = sheetNamed(wb, 'Utförare');
    expect(providers.getColumn(2).values.slice(2)).toContain('egen regi');
  });

  it('gives the activities as csv for Swedish Excel', async () => {
    const res = await download('csv');
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="organisation-0580-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(ACTIVITY_COLUMNS.join(';'));
    expect(lines).toContain(
      'ÄN;AO-HT;Hemtjänst;;nej;20;2022-01-01;2023-12-31;Antagande: illustrativ uppgift, finns inte i referensdokumenten',
    );
  });

  it('requires sign-in and a known format', async () => {
    expect((await t.app.inject({ url: '/api/organisation/export' })).statusCode).toBe(401);
    const bad = await t.app.inject({ url: '/api/organisation/export?format=pdf', headers: { cookie: cookie('politiker') } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('import', () => {
  it('round trip of an unchanged export changes nothing, in xlsx and csv', async () => {
    const before = await snapshot();
    const xlsx = await upload('admin', 'organisation.xlsx', (await download('xlsx')).rawPayload);
    expect(xlsx.body).toEqual({ inserted: 0, updated: 0, unchanged: before.activities.length });
    const csv = await upload('admin', 'organisation.csv', (await download('csv')).rawPayload, 'text/csv');
    expect(csv.body).toEqual({ inserted: 0, updated: 0, unchanged: before.activities.length });
    expect(await snapshot()).toEqual(before);
  });

  it('an edited name updates exactly that row, with a new version and an audit event', async () => {
    // SN's SOCPSYK: no other test reads or changes it, so the tests run in any order
    const current = () =>
      queryOne<{ id: number; name: string; version: number }>(
        t.db,
        "select a.id, a.name, a.version from activity a join committee c on c.id = a.committee_id where c.code = 'SN' and a.code = 'SOCPSYK'",
      );
    const was = await current();
    const wb = await workbookOf((await download('xlsx')).rawPayload);
    findRow(sheetNamed(wb, 'Verksamheter'), 'SN', 'SOCPSYK').getCell(3).value = 'Socialpsykiatri och boendestöd';
    const before = await snapshot();
    const res = await upload('admin', 'ändrad.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res).toMatchObject({ status: 200, body: { inserted: 0, updated: 1, unchanged: before.activities.length - 1 } });

    const row = await current();
    expect(row).toMatchObject({ name: 'Socialpsykiatri och boendestöd', version: was.version + 1 });
    const after = await snapshot();
    expect(after.audit).toBe(before.audit + 1);
    const changedIds = after.activities.filter((a, i) => JSON.stringify(a) !== JSON.stringify(before.activities[i])).map((a) => a.id);
    expect(changedIds).toEqual([row.id]);
    const event = await queryOne<{
      command: string;
      actor_name: string;
      entity_id: string;
      before: { name: string };
      after: { name: string };
    }>(t.db, "select * from audit_event where command = 'organisation.import' order by id desc limit 1");
    expect(event).toMatchObject({ command: 'organisation.import', actor_name: 'Demo Administratör (admin)', entity_id: String(row.id) });
    expect(event.before.name).toBe(was.name);
    expect(event.after.name).toBe('Socialpsykiatri och boendestöd');
  });

  it('inserts new rows, resolving a parent that comes later in the file', async () => {
    const csv = [
      ACTIVITY_COLUMNS.join(','),
      'SN,NY-VARAV,varav ny del,NY-HUVUD,ja,1010,2025-01-01,,Test',
      'SN,NY-HUVUD,Ny huvudrad,,nej,1000,2025-01-01,,Test',
      'SN,IFO-VUX,Individ- och familjeomsorg Vuxna,,nej,105,2024-01-01,,Offentlig: Internbudget 2024 för social- och omsorgsnämnden, driftsammandraget; överförd till Socialnämnden enligt PM 2023',
    ].join('\n');
    // the last row's source has a comma, so this comma-separated file needs it quoted
    const fixed = csv.replace(/Offentlig: .*$/, (s) => `"${s}"`);
    const before = await snapshot();
    const res = await upload('controller', 'nya.csv', fixed, 'text/csv');
    expect(res).toMatchObject({ status: 200, body: { inserted: 2, updated: 1, unchanged: 0 } });
    const rows = await t.db.query<{ code: string; parent: string | null; is_subset: boolean }>(
      `select a.code, p.code as parent, a.is_subset from activity a left join activity p on p.id = a.parent_id
       join committee c on c.id = a.committee_id where c.code = 'SN' and a.code like 'NY-%' order by a.code`,
    );
    expect(rows).toEqual([
      { code: 'NY-HUVUD', parent: null, is_subset: false },
      { code: 'NY-VARAV', parent: 'NY-HUVUD', is_subset: true },
    ]);
    expect((await snapshot()).audit).toBe(before.audit + 3);
  });

  it('one bad row stops the whole import and changes nothing', async () => {
    const lines = (await download('csv')).rawPayload.toString('utf8').split('\r\n');
    const cells = itemAt(lines, 4).split(';');
    cells[6] = '2024-02-30';
    lines[4] = cells.join(';');
    lines.splice(lines.length - 1, 0, 'SN;GILTIG-NY;Skulle ha lagts till;;nej;5;2024-01-01;;');
    const before = await snapshot();
    const res = await upload('admin', 'fel.csv', lines.join('\r\n'), 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('import_failed');
    expect(res.body.error.rows).toEqual([
      { file: 'fel.csv', row: 5, column: 'Giltig från', reason: 'Ogiltigt datum "2024-02-30"; använd formatet ÅÅÅÅ-MM-DD.' },
    ]);
    expect(res.body.error.message).toMatch(/fel\.csv, rad 5, kolumn Giltig från/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a controller rows of committees they do not write for, without changing anything', async () => {
    const csv = [
      ACTIVITY_COLUMNS.join(';'),
      'SN;C-OK;Egen nämnd;;nej;1;2024-01-01;;',
      'VON;C-NEJ;Annan nämnd;;nej;1;2024-01-01;;',
      'ÄN;C-NEJ;Annan nämnd;;nej;1;2022-01-01;;',
    ].join('\n');
    const before = await snapshot();
    const res = await upload('controller', 'annan.csv', csv, 'text/csv');
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({ code: 'forbidden', message: 'Du saknar behörighet för detta.' });
    expect((await upload('politiker', 'annan.csv', csv, 'text/csv')).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('names the file when it is of the wrong type or corrupt', async () => {
    const wrongType = await upload('admin', 'org.pdf', Buffer.from('%PDF-1.4'));
    expect(wrongType).toMatchObject({ status: 400, body: { error: { code: 'validation', message: expect.stringContaining('org.pdf') } } });
    const corrupt = await upload(
      'admin',
      'trasig.xlsx',
      Buffer.from('PK\u0003\u0004trasig'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(corrupt).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', message: expect.stringContaining('trasig.xlsx') } },
    });
    const noSheet = new ExcelJS.Workbook();
    noSheet.addWorksheet('Blad1');
    const missing = await upload('admin', 'tom.xlsx', Buffer.from(await noSheet.xlsx.writeBuffer()));
    expect(missing.body.error.message).toMatch(/tom\.xlsx saknar bladet "Verksamheter"/);
    const empty = await upload('admin', 'tom.csv', '', 'text/csv');
    expect(empty.status).toBe(400);
  });
});
