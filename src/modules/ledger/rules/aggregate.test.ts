import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { LedgerAggregator } from './aggregate.ts';
import type { MappingRule } from '../model.ts';
import { readCsv, readLedgerInto } from '../files/ledger-reader.ts';

/** Everything through `add`, cell by cell: the reference the CSV line path must agree with. */
async function byCells(text: string, rules: MappingRule[], chunk: number) {
  const agg = new LedgerAggregator('f.csv', 2024, rules);
  reading: for await (const rows of readCsv(Readable.from(chunks(text, chunk)), 'f.csv')) {
    for (const row of rows) {
      agg.add(row);
      if (!agg.wantsMore) break reading;
    }
  }
  agg.finish();
  return { issues: agg.issues, result: agg.issues.length > 0 ? null : agg.result() };
}

async function byLines(text: string, rules: MappingRule[], chunk: number) {
  const agg = new LedgerAggregator('f.csv', 2024, rules);
  await readLedgerInto(Readable.from(chunks(text, chunk)), 'f.csv', agg, 'csv');
  agg.finish();
  return { issues: agg.issues, result: agg.issues.length > 0 ? null : agg.result() };
}

function chunks(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text);
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
}

const month = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }).map((m) => `2024-${String(m).padStart(2, '0')}`) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }).map((m) => `2024${String(m).padStart(2, '0')}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(' 2024-03', '2023-05', '2024-13', '2024-00', '1800-01', '2024-3', 'mars', '', '2024-1a', '2O24-01'),
  },
);
const costCentre = fc.constantFrom('61010', '61020', '62000', ' 61010', '7', '', '61010123456789');
const activityCode = fc.constantFrom('IFO-BOU', 'SOCPSYK', 'LSS', 'X', '', 'IFO-BOU ');
const account = fc.constantFrom('4610', '5110', '3100', '8410', '46101234', '1930', '9999', '46', 'abcd', '', ' 4610');
const amount = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: -1e9, max: 1e9 })
      .map((ore) => `${ore < 0 ? '-' : ''}${Math.floor(Math.abs(ore) / 100)},${String(Math.abs(ore) % 100).padStart(2, '0')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('1 000', '1\u00a0234,5', '-0,50', '12,345', 'x', '', ' 7 ', '1.234,05') },
);
const line = fc.tuple(month, costCentre, activityCode, account, amount, fc.constantFrom('text', '', '"a;b"', 'x"y'));
const rule = fc.record({
  costCentre: fc.constantFrom(null, '61*', '61010', '*', ''),
  activityCode: fc.constantFrom(null, 'IFO-BOU', 'SOCPSYK', 'I*'),
  accountFrom: fc.constantFrom(null, '3000', '4000'),
  accountTo: fc.constantFrom(null, '4999', '8999'),
  activityId: fc.integer({ min: 1, max: 4 }),
  priority: fc.integer({ min: 0, max: 2 }),
});
const rules = fc.array(rule, { maxLength: 5 }).map((rs) => rs.map((r, i) => ({ ...r, id: i + 1 })));
const layout = fc.constantFrom(
  { header: 'Månad;Ansvar;Verksamhet;Konto;Belopp;Text', order: [0, 1, 2, 3, 4, 5] },
  { header: 'konto;belopp;ansvar;månad;verksamhet', order: [3, 4, 1, 0, 2] },
  { header: 'månad;konto;belopp', order: [0, 3, 4] },
);

describe('CSV lines as text ranges', () => {
  it('accept, refuse and sum exactly as the cell-by-cell path, with the same issues', async () => {
    await fc.assert(
      fc.asyncProperty(
        rules,
        layout,
        fc.array(line, { maxLength: 60 }),
        fc.boolean(),
        fc.integer({ min: 3, max: 200 }),
        async (rs, l, lines, crlf, chunk) => {
          const eol = crlf ? '\r\n' : '\n';
          const text =
            l.header + eol + lines.map((cells) => l.order.map((i) => cells[i]).join(';')).join(eol) + (lines.length % 2 ? eol : '');
          expect(await byLines(text, rs, chunk)).toEqual(await byCells(text, rs, chunk));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells cost centres apart when a rule looks at them', async () => {
    const rs: MappingRule[] = [
      { id: 1, costCentre: '61*', activityCode: null, accountFrom: null, accountTo: null, activityId: 1, priority: 0 },
      { id: 2, costCentre: null, activityCode: null, accountFrom: null, accountTo: null, activityId: 2, priority: 0 },
    ];
    const text = 'månad;ansvar;konto;belopp\n2024-01;61010;4610;1\n2024-01;62000;4610;2\n2024-01;61010;4610;4\n';
    expect((await byLines(text, rs, 64)).result?.outcomes).toEqual([
      { activityId: 1, month: 1, account: '4610', amount: 5 },
      { activityId: 2, month: 1, account: '4610', amount: 2 },
    ]);
  });
});
