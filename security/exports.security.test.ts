import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { useSecuredServer, users } from './support.ts';
import { findIn, itemAt } from '../src/testing/must.ts';
import type { HttpClient } from '../src/testing/server.ts';

const FORMULA = '=HYPERLINK("http://x","y")';

interface ActivityNode {
  id: number;
  code: string;
  name: string;
  version: number;
  children: ActivityNode[];
}
const flatten = (nodes: ActivityNode[]): ActivityNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

async function download(client: HttpClient, path: string): Promise<Buffer> {
  const res = await client.fetch(path);
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Every cell of a CSV export (BOM and either separator), as a spreadsheet would split it. */
function csvCells(bytes: Buffer): string[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = itemAt(text.split(/\r?\n/), 0, 'the header line').includes(';') ? ';' : ',';
  return (parse(text, { delimiter, relax_column_count: true }) as string[][]).flat();
}

describe('CSV injection: an activity named like a formula is exported as text', () => {
  const ctx = useSecuredServer();

  it('is neutralised in every CSV export that holds activity names, and is a string cell in xlsx', async () => {
    const controller = await ctx.signIn(users.controller);
    const mappings = (await controller.json('GET', '/api/committees/SON/ledger-mappings')).body as { activity: string }[];
    const code = itemAt(mappings, 0, 'a ledger mapping of SON').activity;
    const tree = (await controller.json('GET', '/api/committees/SON')).body as { activities: ActivityNode[] };
    const activity = findIn(flatten(tree.activities), (a) => a.code === code, `the activity ${code}`);
    const renamed = await controller.json('PATCH', `/api/activities/${activity.id}`, { version: activity.version, name: FORMULA });
    expect(renamed.status).toBe(200);

    const reader = await ctx.signIn(users.reader);
    const exports = [
      '/api/organisation/export?format=csv',
      '/api/committees/SON/economy/export/budget?year=2024&format=csv',
      '/api/committees/SON/ledger-mappings/export?format=csv',
    ];
    for (const path of exports) {
      const cells = csvCells(await download(reader, path));
      expect(cells, path).toContain(`'${FORMULA}`);
      expect(
        cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-(?!\d+(?:[.,]\d+)?$)/.test(c)),
        path,
      ).toEqual([]);
    }
    // negative figures stay figures
    const budget = csvCells(await download(reader, '/api/committees/SON/economy/export/budget?year=2024&format=csv'));
    expect(budget.some((c) => /^-\d+$/.test(c))).toBe(true);

    for (const path of ['/api/organisation/export?format=xlsx', '/api/committees/SON/economy/export/budget?year=2024&format=xlsx']) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(reader, path)) as unknown as ExcelJS.Buffer);
      const found: ExcelJS.Cell[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type, `${path} ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
            if (cell.value === FORMULA) found.push(cell);
          }),
        ),
      );
      expect(found.length, path).toBeGreaterThan(0);
      for (const cell of found) expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
  });
});
