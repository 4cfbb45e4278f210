/**
 * Benchmarks, each side by side with a yardstick in the same run (see bench/README.md):
 *
 * - import: Styrbord's ledger importer into a PostgreSQL server database and into PGlite,
 *   against PostgreSQL's own COPY of the same file into the same server (psql's \copy, i.e.
 *   COPY ... FROM STDIN);
 * - summary: the monthly operating summary over ten years of ledger (operating-summary.ts),
 *   against DuckDB and PostgreSQL aggregating the raw rows;
 * - documents: the full internal budget for SON rendered to HTML, Word and PDF (documents.ts),
 *   against the targets of issue 6 (only when asked for: --suite documents);
 * - api: the HTTP API under load (api.ts): autocannon with 100 connections against a few GET
 *   endpoints of the real server on 127.0.0.1, on PGlite and (when reachable) PostgreSQL, against
 *   the design's p95 < 50 ms (only when asked for: --suite api).
 *
 *   npm run bench -- [--suite import,summary] [--rows 1000000] [--runs 3] [--summary-runs 20]
 *     [--years 10] [--no-pg-raw] [--doc-runs 9] [--api-connections 100] [--api-seconds 10]
 *     [--api-warmup 5] [--api-rate 0] [--url postgres://postgres:styrbord@localhost:5432/postgres]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { required } from '../src/core/required.ts';
import { connect } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadDemo } from '../demo/load.ts';
import { generateLedger } from './generate-ledger.ts';
import { runOperatingSummaryBench } from './operating-summary.ts';
import { runDocumentsBench } from './documents.ts';
import { runApiBench } from './api.ts';
import { createScratch } from './scratch.ts';

const { values } = parseArgs({
  options: {
    suite: { type: 'string', default: 'import,summary' },
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    'summary-runs': { type: 'string', default: '20' },
    years: { type: 'string', default: '10' },
    'no-pg-raw': { type: 'boolean', default: false },
    'doc-runs': { type: 'string', default: '9' },
    'api-connections': { type: 'string', default: '100' },
    'api-seconds': { type: 'string', default: '10' },
    'api-warmup': { type: 'string', default: '5' },
    'api-rate': { type: 'string', default: '0' },
    url: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres:styrbord@localhost:5432/postgres' },
  },
});
const suites = new Set(values.suite.split(','));
const rows = Number(values.rows);
const runs = Number(values.runs);
const serverUrl = values.url;
const file = resolve(`bench/data/ledger-${rows}.csv`);

interface Measure {
  seconds: number;
  processSeconds: number;
  cpuSeconds: number | null;
  maxRssMB: number | null;
}
type Kind = 'pg' | 'pglite' | 'copy' | 'pgBase' | 'pgliteBase' | 'pgCostCentre';
const median = (xs: number[]) => required([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)], 'en mätning att ta medianen av');

function timed(command: string, args: string[]): { seconds: number; stdout: string } {
  const started = performance.now();
  const res = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')} misslyckades: ${res.stderr}`);
  return { seconds, stdout: res.stdout };
}

function importer(target: string[], baseline = false): Measure {
  const { seconds, stdout } = timed(process.execPath, [
    '--import',
    'tsx',
    'bench/import-once.ts',
    file,
    ...target,
    ...(baseline ? ['--baseline'] : []),
  ]);
  const out = JSON.parse(required(stdout.trim().split('\n').at(-1), 'importprocessens sista rad')) as {
    rows: number;
    seconds: number;
    cpuSeconds: number;
    maxRssMB: number;
  };
  if (!baseline && out.rows !== rows) throw new Error(`importen läste ${out.rows} rader, väntade ${rows}`);
  return { seconds: out.seconds, processSeconds: seconds, cpuSeconds: out.cpuSeconds, maxRssMB: out.maxRssMB };
}

async function importBench(): Promise<string> {
  if (!existsSync(file)) {
    mkdirSync('bench/data', { recursive: true });
    process.stderr.write(`Genererar ${file} …\n`);
    await generateLedger(rows, file);
  }
  const scratch = await createScratch(serverUrl);
  const { dbUrl, pgliteDir } = scratch;
  try {
    for (const target of [{ databaseUrl: dbUrl }, { dataDir: pgliteDir }]) {
      const db = await connect(target);
      await migrate(db);
      await loadDemo(db, 'bench');
      if (target.databaseUrl) {
        await db.exec('create table ledger_raw (month text, cost_centre text, activity_code text, account text, amount text, note text)');
      }
      await db.close();
    }
    const results: Record<Kind, Measure[]> = { pg: [], pglite: [], copy: [], pgBase: [], pgliteBase: [], pgCostCentre: [] };
    for (let i = 0; i < runs; i++) {
      process.stderr.write(`Omgång ${i + 1}/${runs}\n`);
      results.pgBase.push(importer(['--url', dbUrl], true));
      results.pg.push(importer(['--url', dbUrl]));
      timed('psql', [dbUrl, '-q', '-c', 'truncate ledger_raw']);
      const copy = timed('psql', [dbUrl, '-q', '-c', `\\copy ledger_raw from '${file}' with (format csv, header true, delimiter ';')`]);
      results.copy.push({ seconds: copy.seconds, processSeconds: copy.seconds, cpuSeconds: null, maxRssMB: null });
      results.pgliteBase.push(importer(['--data-dir', pgliteDir], true));
      results.pglite.push(importer(['--data-dir', pgliteDir]));
    }
    // A rule on a cost centre makes every (ansvar, verksamhet, konto) a key of its own
    // (200 × 10 × 60 here instead of 10 × 60): the importer's slower, general case.
    timed('psql', [
      dbUrl,
      '-q',
      '-c',
      `insert into ledger_mapping (committee_id, cost_centre, activity_id)
      select c.id, '61000', a.id from committee c join activity a on a.committee_id = c.id where c.code = 'SON' and a.code = 'FORV'`,
    ]);
    for (let i = 0; i < runs; i++) results.pgCostCentre.push(importer(['--url', dbUrl]));

    const summarise = (ms: Measure[]) => {
      // COPY measures neither CPU nor memory; the importer always measures both
      const cpu = ms.flatMap((m) => (m.cpuSeconds === null ? [] : [m.cpuSeconds]));
      const rss = ms.flatMap((m) => (m.maxRssMB === null ? [] : [m.maxRssMB]));
      return {
        seconds: median(ms.map((m) => m.seconds)),
        processSeconds: median(ms.map((m) => m.processSeconds)),
        cpuSeconds: cpu.length === 0 ? null : median(cpu),
        rowsPerSecond: rows / median(ms.map((m) => m.seconds)),
        maxRssMB: rss.length === 0 ? null : Math.max(...rss),
      };
    };
    const summary = {
      pg: summarise(results.pg),
      pglite: summarise(results.pglite),
      copy: summarise(results.copy),
      pgBase: summarise(results.pgBase),
      pgliteBase: summarise(results.pgliteBase),
      pgCostCentre: summarise(results.pgCostCentre),
    };
    const copyRate = summary.copy.rowsPerSecond;
    const line = (label: string, k: Kind, base?: Kind) => {
      const s = summary[k];
      const b = base ? summary[base].maxRssMB : null;
      return `| ${label} | ${s.seconds.toFixed(2)} | ${s.cpuSeconds === null ? '–' : s.cpuSeconds.toFixed(2)} | ${s.processSeconds.toFixed(2)} | ${Math.round(s.rowsPerSecond).toLocaleString('sv-SE')} | ${(s.rowsPerSecond / copyRate).toFixed(2)} | ${(rows / s.processSeconds / (rows / summary.copy.processSeconds)).toFixed(2)} | ${s.maxRssMB === null ? '–' : Math.round(s.maxRssMB)} | ${b === null || s.maxRssMB === null ? '–' : Math.round(b)} | ${b === null || s.maxRssMB === null ? '–' : Math.round(s.maxRssMB - b)} |`;
    };
    return [
      `Ledger import, ${rows.toLocaleString('sv-SE')} rows, median of ${runs} runs; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
      '',
      '| | import s | import CPU s | whole process s | rows/s | ÷ COPY rows/s | ÷ COPY (whole process) | peak RSS MB | baseline RSS MB | import adds MB |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      line('PostgreSQL COPY (psql \\copy)', 'copy'),
      line('Styrbord → PostgreSQL', 'pg', 'pgBase'),
      line('Styrbord → PGlite', 'pglite', 'pgliteBase'),
      line('Styrbord → PostgreSQL, with a cost-centre rule', 'pgCostCentre', 'pgBase'),
      '',
    ].join('\n');
  } finally {
    await scratch.dispose();
  }
}

if (suites.has('import')) process.stdout.write(`${await importBench()}\n`);
if (suites.has('summary')) {
  process.stdout.write(
    `${await runOperatingSummaryBench({
      serverUrl,
      rowsPerYear: rows,
      years: Number(values.years),
      runs: Number(values['summary-runs']),
      pgRaw: !values['no-pg-raw'],
    })}\n`,
  );
}
if (suites.has('documents')) process.stdout.write(`${await runDocumentsBench({ runs: Number(values['doc-runs']) })}\n`);
if (suites.has('api')) {
  process.stdout.write(
    `${await runApiBench({
      serverUrl,
      connections: Number(values['api-connections']),
      seconds: Number(values['api-seconds']),
      warmup: Number(values['api-warmup']),
      rate: Number(values['api-rate']),
    })}\n`,
  );
}
