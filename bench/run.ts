/**
 * Ledger import benchmark, side by side in one run: Styrbord's importer into a PostgreSQL
 * server database and into PGlite, against PostgreSQL's own COPY of the same file into the same
 * server (psql's \copy, i.e. COPY ... FROM STDIN). See bench/README.md.
 *
 *   npm run bench -- [--rows 1000000] [--runs 3] [--url postgres://postgres:styrbord@localhost:5432/postgres]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadDemo } from '../demo/load.ts';
import { generateLedger } from './generate-ledger.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    url: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres:styrbord@localhost:5432/postgres' },
  },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const serverUrl = values.url!;
const file = resolve(`bench/data/ledger-${rows}.csv`);

interface Measure { seconds: number; processSeconds: number; maxRssMB: number | null }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(command: string, args: string[]): { seconds: number; stdout: string } {
  const started = performance.now();
  const res = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')} misslyckades: ${res.stderr}`);
  return { seconds, stdout: res.stdout };
}

function importer(target: string[]): Measure {
  const { seconds, stdout } = timed(process.execPath, ['--import', 'tsx', 'bench/import-once.ts', file, ...target]);
  const out = JSON.parse(stdout.trim().split('\n').pop()!) as { rows: number; seconds: number; maxRssMB: number };
  if (out.rows !== rows) throw new Error(`importen läste ${out.rows} rader, väntade ${rows}`);
  return { seconds: out.seconds, processSeconds: seconds, maxRssMB: out.maxRssMB };
}

async function main() {
  if (!existsSync(file)) {
    mkdirSync('bench/data', { recursive: true });
    process.stderr.write(`Genererar ${file} …\n`);
    await generateLedger(rows, file);
  }
  const name = `styrbord_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const pgliteDir = mkdtempSync(join(tmpdir(), 'styrbord-bench-'));
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
    const results = { pg: [] as Measure[], pglite: [] as Measure[], copy: [] as Measure[] };
    for (let i = 0; i < runs; i++) {
      process.stderr.write(`Omgång ${i + 1}/${runs}\n`);
      results.pg.push(importer(['--url', dbUrl]));
      timed('psql', [dbUrl, '-q', '-c', 'truncate ledger_raw']);
      const copy = timed('psql', [dbUrl, '-q', '-c', `\\copy ledger_raw from '${file}' with (format csv, header true, delimiter ';')`]);
      results.copy.push({ seconds: copy.seconds, processSeconds: copy.seconds, maxRssMB: null });
      results.pglite.push(importer(['--data-dir', pgliteDir]));
    }
    const summary = Object.fromEntries(Object.entries(results).map(([k, ms]) => [k, {
      seconds: median(ms.map((m) => m.seconds)),
      processSeconds: median(ms.map((m) => m.processSeconds)),
      rowsPerSecond: rows / median(ms.map((m) => m.seconds)),
      maxRssMB: ms[0]!.maxRssMB === null ? null : Math.max(...ms.map((m) => m.maxRssMB!)),
    }]));
    const copyRate = summary.copy!.rowsPerSecond;
    const line = (label: string, k: string) => {
      const s = summary[k]!;
      return `| ${label} | ${s.seconds.toFixed(2)} | ${s.processSeconds.toFixed(2)} | ${Math.round(s.rowsPerSecond).toLocaleString('sv-SE')} | ${(s.rowsPerSecond / copyRate).toFixed(2)} | ${(rows / s.processSeconds / (rows / summary.copy!.processSeconds)).toFixed(2)} | ${s.maxRssMB === null ? '–' : Math.round(s.maxRssMB)} |`;
    };
    process.stdout.write([
      `Ledger import, ${rows.toLocaleString('sv-SE')} rows, median of ${runs} runs; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
      '',
      '| | import s | whole process s | rows/s | ÷ COPY rows/s | ÷ COPY (whole process) | peak RSS MB |',
      '|---|---:|---:|---:|---:|---:|---:|',
      line('PostgreSQL COPY (psql \\copy)', 'copy'),
      line('Styrbord → PostgreSQL', 'pg'),
      line('Styrbord → PGlite', 'pglite'),
      '',
    ].join('\n'));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(pgliteDir, { recursive: true, force: true });
  }
}

await main();
