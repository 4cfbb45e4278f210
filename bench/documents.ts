/**
 * The full internal budget for SON 2024 (the demo), on PGlite: assembled from the data (every
 * block, every check) and rendered to HTML, Word and PDF (the shared, warm Chromium, as the
 * server does). Median of N runs after one warm-up; targets from issue 6.
 */
import { cpus, totalmem } from 'node:os';
import { required } from '../src/core/required.ts';
import { connect } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadDemo } from '../demo/load.ts';
import { assembleDocument } from '../src/documents/assemble.ts';
import { closeRenderers, renderDocument, type DocumentFormat } from '../src/documents/render/index.ts';

const median = (xs: number[]) => required([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)], 'en mätning att ta medianen av');

export async function runDocumentsBench({ runs }: { runs: number }): Promise<string> {
  const db = await connect({ dataDir: 'memory://' });
  try {
    await migrate(db);
    await loadDemo(db, 'bench');
    const input = { type: 'internbudget' as const, committeeCode: 'SON', year: 2024, month: null };
    const assemble = () => assembleDocument(db, input);
    const rows: { label: string; target: number; assemble: number[]; render: number[]; bytes: number }[] = [];
    for (const [format, target] of [
      ['html', 300],
      ['docx', 1000],
      ['pdf', 5000],
    ] as [DocumentFormat, number][]) {
      const row = { label: format.toUpperCase(), target, assemble: [] as number[], render: [] as number[], bytes: 0 };
      await renderDocument(await assemble(), format); // warm-up: module loading, starting the shared Chromium
      const n = format === 'pdf' ? Math.max(3, Math.ceil(runs / 2)) : runs;
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const model = await assemble();
        const t1 = performance.now();
        const bytes = await renderDocument(model, format);
        const t2 = performance.now();
        row.assemble.push(t1 - t0);
        row.render.push(t2 - t1);
        row.bytes = bytes.length;
        process.stderr.write(`${format} ${i + 1}/${n}: ${(t2 - t0).toFixed(0)} ms\n`);
      }
      rows.push(row);
    }
    const ms = (x: number) => x.toLocaleString('sv-SE', { maximumFractionDigits: x < 10 ? 1 : 0 });
    return [
      `Internbudget SON 2024 (demo), PGlite in memory; median of ${runs} runs (PDF: ${Math.max(3, Math.ceil(runs / 2))}); ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
      '',
      '| format | data → render model ms | render ms | total ms | target ms | file kB |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map((r) => {
        const total = median(r.assemble.map((a, i) => a + required(r.render[i], `renderingstiden för omgång ${i + 1}`)));
        return `| ${r.label} | ${ms(median(r.assemble))} | ${ms(median(r.render))} | **${ms(total)}** | < ${ms(r.target)} ${total < r.target ? '✓' : '✗'} | ${ms(r.bytes / 1024)} |`;
      }),
      '',
    ].join('\n');
  } finally {
    await closeRenderers();
    await db.close();
  }
}
