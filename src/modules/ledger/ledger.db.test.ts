import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestApp } from '../../testing/api.ts';
import { CLIENT_HEADER } from '../../core/http.ts';
import { queryOne } from '../../db/rows.ts';

const t = useTestApp();
for (const username of ['admin', 'controller', 'politiker']) t.client(username);
const cookie = (username: string) => t.client(username).cookie;

async function upload(user: string, committee: string, filename: string, body: Buffer | string, year = 2024, contentType = 'text/csv') {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/committees/${committee}/ledger-imports?year=${year}&filename=${encodeURIComponent(filename)}`,
    headers: { cookie: cookie(user), 'content-type': contentType, [CLIENT_HEADER]: '1' },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() };
}

async function api(user: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: { cookie: cookie(user), [CLIENT_HEADER]: '1' }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

const outcome = (months: number[]) =>
  t.db.query<{ code: string; month: number; account: string; amount: number }>(
    `select a.code, l.month, l.account, l.amount from ledger_outcome l join activity a on a.id = l.activity_id
     join committee c on c.id = a.committee_id where c.code = 'SON' and l.year = 2024 and l.month = any($1::int[])
     order by a.code, l.month, l.account`,
    [months],
  );
const snapshot = async () => ({
  outcome: await t.db.query('select * from ledger_outcome order by activity_id, year, month, account'),
  imports: await t.db.query('select * from ledger_import order by id'),
  audit: (await queryOne<{ n: number }>(t.db, 'select count(*)::int as n from audit_event')).n,
});

// December is not in the synthetic demo ledger (January–October), so these tests own it.
const GOOD = [
  'Månad;Ansvar;Verksamhet;Konto;Belopp;Text',
  '2024-12;61010;IFO-BOU;4610;1 000,40;köp',
  '202412;61010;IFO-BOU;4610;2 000,20;köp',
  '2024-12;61020;IFO-BOU;5110;-0,50;rättelse',
  '2024-12;61020;IFO-BOU;3100;-1 234,50;avgifter',
  '2024-12;62000;SOCPSYK;5110;10 000;lön',
].join('\r\n');

describe('demo', () => {
  it('has default mapping rules and a synthetic ledger for January–October 2024', async () => {
    const res = await api('politiker', 'GET', '/api/committees/SON/ledger-mappings');
    expect(res.status).toBe(200);
    // the demo's own rule, not one another test added for a cost centre
    expect(
      res.body.find((m: { activityCode: string; costCentre: string | null }) => m.activityCode === 'IFO-BOU' && m.costCentre === null),
    ).toMatchObject({
      activity: 'IFO-BOU',
      accountFrom: '3000',
      accountTo: '8999',
      costCentre: null,
    });
    const history = await api('politiker', 'GET', '/api/committees/SON/ledger-imports');
    // among the imports of the tests that ran before this one
    expect(history.body).toContainEqual(
      expect.objectContaining({ fileName: 'syntetisk-huvudbok-2024.csv', year: 2024, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }),
    );
    const bou = await queryOne<{ outcome: number; budget: number }>(
      t.db,
      `select (select sum(amount) from ledger_outcome where activity_id = a.id and year = 2024 and month <= 10)::bigint as outcome,
         (select (bl.cost - bl.income) from budget_line bl join budget_version bv on bv.id = bl.budget_version_id
          where bl.activity_id = a.id and bl.year = 2024 and bv.budget_year = 2024)::bigint as budget
       from activity a join committee c on c.id = a.committee_id where c.code = 'SON' and a.code = 'IFO-BOU'`,
    );
    // ten months at 6 % over budget, with holiday pay in the summer
    expect(bou.outcome / ((bou.budget * 10) / 12)).toBeGreaterThan(1.03);
  });
});

describe('import', () => {
  it('sums rows per activity, month and account in öre and rounds each sum once', async () => {
    const res = await upload('controller', 'SON', 'huvudbok-dec.csv', `\uFEFF${GOOD}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fileName: 'huvudbok-dec.csv',
      year: 2024,
      months: [12],
      rowCount: 5,
      outcomeRows: 4,
      actorName: 'Demo Controller (controller)',
    });
    expect(await outcome([12])).toEqual([
      { code: 'IFO-BOU', month: 12, account: '3100', amount: -1235 }, // -1 234,50 rounds away from zero
      { code: 'IFO-BOU', month: 12, account: '4610', amount: 3001 }, // 1 000,40 + 2 000,20 = 3 000,60
      { code: 'IFO-BOU', month: 12, account: '5110', amount: -1 }, // -0,50
      { code: 'SOCPSYK', month: 12, account: '5110', amount: 10000 },
    ]);
    expect(res.body.totalAmount).toBe(-1235 + 3001 - 1 + 10000);
    const history = await api('controller', 'GET', '/api/committees/SON/ledger-imports?year=2024');
    expect(history.body[0]).toMatchObject({
      fileName: 'huvudbok-dec.csv',
      months: [12],
      rowCount: 5,
      totalAmount: 11765,
      actorName: 'Demo Controller (controller)',
    });
    const [audit] = await t.db.query<{ command: string; entity_type: string; after: { rowCount: number } }>(
      "select command, entity_type, after from audit_event where command = 'ledger.import' order by id desc limit 1",
    );
    expect(audit).toMatchObject({ command: 'ledger.import', entity_type: 'ledger_import', after: { rowCount: 5 } });
  });

  it('replaces a month on re-import instead of adding to it, and accepts comma-separated files with English headers', async () => {
    const english = [
      'month,cost_centre,activity_code,account,amount',
      '2024-12,61010,IFO-BOU,4610,"1 000,40"',
      '202412,61010,IFO-BOU,4610,2000.20',
      '2024-12,61020,IFO-BOU,5110,-0.50',
      '2024-12,61020,IFO-BOU,3100,"-1 234,50"',
      '2024-12,62000,SOCPSYK,5110,10000',
    ].join('\n');
    // December as the first import leaves it, whatever the other tests imported there
    expect((await upload('controller', 'SON', 'huvudbok-dec.csv', GOOD)).status).toBe(200);
    const before = await outcome([12]);
    expect(before).toHaveLength(4);
    const res = await upload('controller', 'SON', 'igen.csv', english);
    expect(res.status).toBe(200);
    expect(await outcome([12])).toEqual(before);
    const audit = await queryOne<{ before: { outcomeRows: number } }>(
      t.db,
      "select before from audit_event where command = 'ledger.import' order by id desc limit 1",
    );
    expect(audit.before).toMatchObject({ outcomeRows: 4 });
    // the demo months are untouched
    expect((await outcome([1])).length).toBeGreaterThan(0);
  });

  it('names file, row, column and reason of a bad row and changes nothing', async () => {
    const lines = GOOD.split('\r\n');
    lines.push('2024-12;61010;IFO-BOU;4610;100;ok'); // row 7
    lines[6] = '2024-12;61010;IFO-BOU;4610;tusen;fel';
    const before = await snapshot();
    const res = await upload('controller', 'SON', 'fel.csv', lines.join('\r\n'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('import_failed');
    expect(res.body.error.rows).toEqual([
      { file: 'fel.csv', row: 7, column: 'belopp', reason: expect.stringContaining('"tusen" är inget belopp') },
    ]);
    expect(res.body.error.message).toContain('fel.csv, rad 7, kolumn belopp');
    expect(await snapshot()).toEqual(before);
  });

  it('names an account without a mapping rule, a wrong year, a balance-sheet account and a bad header', async () => {
    const before = await snapshot();
    const res = await upload(
      'controller',
      'SON',
      'okänd.csv',
      [
        'månad;ansvar;verksamhet;konto;belopp',
        '2024-12;61010;OKÄND;4610;100',
        '2023-12;61010;IFO-BOU;4610;100',
        '2024-13;61010;IFO-BOU;4610;100',
        '2024-12;61010;IFO-BOU;1930;100',
        '2024-12;61010;IFO-BOU;;100',
      ].join('\n'),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [2, 'konto'],
      [3, 'månad'],
      [4, 'månad'],
      [5, 'konto'],
      [6, 'konto'],
    ]);
    expect(res.body.error.rows[0].reason).toContain('Ingen mappningsregel täcker ansvar "61010", verksamhet "OKÄND", konto 4610');
    expect(res.body.error.rows[1].reason).toContain('importen gäller 2024');
    expect(res.body.error.rows[3].reason).toContain('kontoklass 1');

    const header = await upload('controller', 'SON', 'rubrik.csv', 'månad;konto;konto;summa\n2024-12;4610;4610;1');
    expect(header.body.error.rows.map((r: { reason: string }) => r.reason)).toEqual([
      'Kolumnen konto förekommer mer än en gång',
      'Kolumnen belopp saknas i rubrikraden',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('reads xlsx files, with numbers and dates as cells', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Huvudbok');
    sheet.addRow(['Period', 'Ansvar', 'Verksamhet', 'Konto', 'Belopp']);
    sheet.addRow([new Date(Date.UTC(2024, 10, 1)), '61010', 'IFO-BOU', 4610, 1500.5]);
    sheet.addRow([202411, '61010', 'IFO-BOU', '4610', '-0,25']);
    sheet.addRow(['2024-11', '62000', 'SOCPSYK', 3100, -200]);
    const res = await upload('controller', 'SON', 'nov.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), 2024, 'application/octet-stream');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ months: [11], rowCount: 3 });
    expect(await outcome([11])).toEqual([
      { code: 'IFO-BOU', month: 11, account: '4610', amount: 1500 }, // 1 500,25 rounds down
      { code: 'SOCPSYK', month: 11, account: '3100', amount: -200 },
    ]);
  });

  it('refuses a controller without the committee (403) and a reader (403)', async () => {
    const before = await snapshot();
    expect((await upload('controller', 'VON', 'x.csv', GOOD)).status).toBe(403);
    expect((await upload('politiker', 'SON', 'x.csv', GOOD)).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

describe('mapping rules', () => {
  it('creates, updates with version, refuses a stale version and deletes', async () => {
    const activity = await queryOne<{ id: number }>(
      t.db,
      "select a.id from activity a join committee c on c.id = a.committee_id where c.code = 'SON' and a.code = 'FH'",
    );
    const created = await api('controller', 'POST', '/api/committees/SON/ledger-mappings', {
      costCentre: '77*',
      accountFrom: '4000',
      accountTo: '4999',
      activityId: activity.id,
      priority: 5,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ costCentre: '77*', activityCode: null, activity: 'FH', version: 1 });
    const updated = await api('controller', 'PATCH', `/api/committees/SON/ledger-mappings/${created.body.id}`, {
      version: 1,
      accountTo: '5999',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ accountTo: '5999', version: 2 });
    const stale = await api('controller', 'PATCH', `/api/committees/SON/ledger-mappings/${created.body.id}`, { version: 1, priority: 1 });
    expect(stale.status).toBe(409);
    const bad = await api('controller', 'POST', '/api/committees/SON/ledger-mappings', {
      accountFrom: '5000',
      accountTo: '4000',
      activityId: activity.id,
    });
    expect(bad.status).toBe(400);
    expect((await api('politiker', 'POST', '/api/committees/SON/ledger-mappings', { activityId: activity.id })).status).toBe(403);
    const exported = await t.app.inject({
      url: '/api/committees/SON/ledger-mappings/export?format=csv',
      headers: { cookie: cookie('politiker') },
    });
    expect(exported.headers['content-disposition']).toBe('attachment; filename="mappningsregler-son.csv"');
    expect(exported.body).toContain('77*;;4000;5999;FH;');
    const xlsx = await t.app.inject({
      url: '/api/committees/SON/ledger-mappings/export?format=xlsx',
      headers: { cookie: cookie('politiker') },
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await api('controller', 'DELETE', `/api/committees/SON/ledger-mappings/${created.body.id}?version=1`)).status).toBe(409);
    expect((await api('controller', 'DELETE', `/api/committees/SON/ledger-mappings/${created.body.id}?version=2`)).status).toBe(200);
    const audit = await t.db.query<{ command: string }>(
      "select command from audit_event where entity_type = 'ledger_mapping' and entity_id = $1 order by id",
      [String(created.body.id)],
    );
    expect(audit.map((a) => a.command)).toEqual(['ledger.mapping.create', 'ledger.mapping.update', 'ledger.mapping.delete']);
  });

  it('the most specific rule wins at import', async () => {
    const fh = await queryOne<{ id: number }>(
      t.db,
      "select a.id from activity a join committee c on c.id = a.committee_id where c.code = 'SON' and a.code = 'FH'",
    );
    const created = await api('admin', 'POST', '/api/committees/SON/ledger-mappings', {
      activityCode: 'IFO-BOU',
      costCentre: '99*',
      activityId: fh.id,
    });
    expect(created.status).toBe(201);
    const res = await upload(
      'admin',
      'SON',
      'specifik.csv',
      'månad;ansvar;verksamhet;konto;belopp\n2024-12;99001;IFO-BOU;4610;700\n2024-12;61010;IFO-BOU;4610;300',
    );
    expect(res.status).toBe(200);
    expect(await outcome([12])).toEqual([
      { code: 'FH', month: 12, account: '4610', amount: 700 },
      { code: 'IFO-BOU', month: 12, account: '4610', amount: 300 },
    ]);
  });
});
