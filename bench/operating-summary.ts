/**
 * Operating-summary benchmark: the monthly follow-up for one committee and cut-off month over
 * ten years of ledger, side by side in one run. See bench/README.md.
 *
 *   npm run bench -- --suite summary [--rows 1000000] [--years 10] [--runs 20] [--url postgres://…]
 *
 * Ten years × `rows` synthetic ledger rows a year (2024 and the nine years before, one file per
 * year, bench/data/) go through Styrbord's real importer into a PostgreSQL server database and
 * into PGlite, which store them aggregated per (activity, year, month, account). Then, warm,
 * `followUpReport(db, 'SON', 2024, 10)` — the service behind the follow-up API and page — is
 * timed on both. The yardsticks aggregate the same raw rows without the import's aggregation:
 * DuckDB (in memory, the raw rows loaded from the same files with read_csv) and PostgreSQL (the
 * raw rows loaded with COPY into a table of their own), each running the ledger queries of the
 * report over the raw rows.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, resolve } from 'node:path';
import pg from 'pg';

/** The part of @duckdb/node-api this benchmark uses. DuckDB is the yardstick only, so it is not a
 * project dependency (its lock entries are per platform): `npm install --no-save @duckdb/node-api`. */
interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }>;
  closeSync(): void;
}
interface DuckModule {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }> };
}

async function loadDuckDb(): Promise<DuckModule> {
  const name = '@duckdb/node-api';
  try {
    return (await import(name)) as DuckModule;
  } catch {
    throw new Error('The summary benchmark compares with DuckDB; install it first: npm install --no-save @duckdb/node-api');
  }
}
import { connect, type Database } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { systemActor } from '../src/core/actor.ts';
import { required } from '../src/core/required.ts';
import { importLedger } from '../src/modules/ledger/files/ledger-import.ts';
import { followUpReport } from '../src/modules/follow-up/queries.ts';
import { loadDemo } from '../demo/load.ts';
import { generateLedger } from './generate-ledger.ts';
import { createScratch } from './scratch.ts';
import { OPERATING_COSTS, sqlAccountClass } from '../src/core/account-classes.ts';

export interface SummaryOptions {
  serverUrl: string;
  rowsPerYear: number;
  years: number;
  runs: number;
  /** Also time PostgreSQL over the raw rows (loads them with COPY). */
  pgRaw: boolean;
}

const YEAR = 2024;
const MONTH = 10;
const median = (xs: number[]) => required([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)], 'en mätning att ta medianen av');
const percentile = (xs: number[], p: number) =>
  required([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))], 'en mätning att ta percentilen av');
const log = (text: string) => process.stderr.write(`${text}\n`);

interface Timing {
  median: number;
  p90: number;
  min: number;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn(); // warm: plans, caches, JIT
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return { median: median(ms), p90: percentile(ms, 0.9), min: Math.min(...ms) };
}

/**
 * The ledger part of followUpReport (budget/store.ts and follow-up/store.ts) over raw
 * rows: monthly cost and income per activity for the year and the year before, the account-class
 * totals through the cut-off month, and last year's closing per activity. Rows are mapped to
 * activities by SON's rules (activity code, accounts 3000–8999) in a join. The account classes
 * are the same SQL conditions the stores use (core/account-classes.ts), which DuckDB reads too.
 */
function rawQueries(): string[] {
  const is = (classes: Parameters<typeof sqlAccountClass>[0]) => sqlAccountClass(classes, 'r.account');
  const from = `from ledger_raw_rows r join raw_mapping m on m.activity_code = r.activity_code and left(r.account, 4) between m.account_from and m.account_to`;
  const monthly = (year: number) => `select m.activity_id, r.month,
      coalesce(sum(r.amount_ore) filter (where ${is(OPERATING_COSTS)}), 0) as cost,
      coalesce(-sum(r.amount_ore) filter (where ${is('income')}), 0) as income
    ${from} where r.year = ${year} group by m.activity_id, r.month`;
  return [
    monthly(YEAR),
    monthly(YEAR - 1),
    `select count(*) as n,
      coalesce(-sum(r.amount_ore) filter (where ${is('income')}), 0) as income,
      coalesce(sum(r.amount_ore) filter (where ${is('cost')}), 0) as costs,
      coalesce(sum(r.amount_ore) filter (where ${is('depreciation')}), 0) as depreciation,
      coalesce(-sum(r.amount_ore) filter (where ${is('financial')}), 0) as financial
    ${from} where r.year = ${YEAR} and r.month <= ${MONTH}`,
    `select m.activity_id,
      coalesce(sum(r.amount_ore) filter (where ${is(OPERATING_COSTS)}), 0) as cost,
      coalesce(-sum(r.amount_ore) filter (where ${is('income')}), 0) as income
    ${from} where r.year = ${YEAR - 1} group by m.activity_id`,
  ];
}

async function sonMapping(db: Database) {
  return db.query<{ activityCode: string; accountFrom: string; accountTo: string; activityId: number }>(
    `select m.activity_code as "activityCode", m.account_from as "accountFrom", m.account_to as "accountTo", m.activity_id as "activityId"
     from ledger_mapping m join committee c on c.id = m.committee_id where c.code = 'SON' order by m.id`,
  );
}

function psql(url: string, command: string) {
  const res = spawnSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', command], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`psql misslyckades: ${res.stderr}`);
}

export async function runOperatingSummaryBench(options: SummaryOptions): Promise<string> {
  const { serverUrl, rowsPerYear, years, runs } = options;
  const yearList = Array.from({ length: years }, (_, i) => YEAR - years + 1 + i);
  mkdirSync('bench/data', { recursive: true });
  const files = yearList.map((year) => ({ year, file: resolve(`bench/data/ledger-${rowsPerYear}-${year}.csv`) }));
  for (const { year, file } of files) {
    if (!existsSync(file)) {
      log(`Genererar ${file} …`);
      await generateLedger(rowsPerYear, file, year, year);
    }
  }

  const scratch = await createScratch(serverUrl);
  const { dbUrl, pgliteDir } = scratch;
  const { DuckDBInstance } = await loadDuckDb();
  const duck = await DuckDBInstance.create(':memory:');
  const duckConn = await duck.connect();
  try {
    const results: Record<string, Timing & { storedRows: number; loadSeconds: number }> = {};
    let mapping: Awaited<ReturnType<typeof sonMapping>> = [];
    let check: Record<string, number> = {};
    for (const [label, target] of [
      ['postgresql', { databaseUrl: dbUrl }],
      ['pglite', { dataDir: pgliteDir }],
    ] as const) {
      const db = await connect(target);
      try {
        await migrate(db);
        await loadDemo(db, 'bench');
        mapping = await sonMapping(db);
        const started = performance.now();
        for (const { year, file } of files) {
          log(`${label}: importerar ${year} …`);
          await importLedger(db, systemActor('bench'), {
            committeeCode: 'SON',
            year,
            fileName: basename(file),
            source: createReadStream(file),
          });
        }
        const loadSeconds = (performance.now() - started) / 1000;
        if (db.kind === 'postgresql') await db.exec('vacuum analyze ledger_outcome');
        const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from ledger_outcome')) as [{ n: number }];
        log(`${label}: ${n} lagrade rader; mäter followUpReport …`);
        const report = await followUpReport(db, 'SON', YEAR, MONTH);
        const total = required(
          report.summary.find((r) => r.kind === 'total'),
          'driftsammandragets totalrad',
        ).figures;
        check = { outcomeToDate: total.outcomeToDate ?? 0 };
        results[label] = { ...(await time(runs, () => followUpReport(db, 'SON', YEAR, MONTH))), storedRows: n, loadSeconds };
      } finally {
        await db.close();
      }
    }

    // DuckDB over the raw rows of the same files
    log('duckdb: läser in råraderna …');
    const fileList = files.map(({ file }) => `'${file}'`).join(', ');
    let started = performance.now();
    await duckConn.run(`create table ledger_raw_rows as
      select cast(left(Månad, 4) as integer) as year, cast(right(Månad, 2) as integer) as month,
        Ansvar as cost_centre, Verksamhet as activity_code, Konto as account,
        cast(round(cast(replace(replace(Belopp, ' ', ''), ',', '.') as decimal(18, 2)) * 100) as bigint) as amount_ore
      from read_csv([${fileList}], delim = ';', header = true, all_varchar = true)`);
    await duckConn.run('create table raw_mapping (activity_code varchar, account_from varchar, account_to varchar, activity_id integer)');
    for (const m of mapping) {
      await duckConn.run(`insert into raw_mapping values ('${m.activityCode}', '${m.accountFrom}', '${m.accountTo}', ${m.activityId})`);
    }
    const duckLoad = (performance.now() - started) / 1000;
    const duckRows = Number(
      required((await duckConn.runAndReadAll('select count(*) from ledger_raw_rows')).getRows()[0], 'antalet rårader i duckdb')[0],
    );
    const duckQueries = rawQueries();
    log(`duckdb: ${duckRows} rårader; mäter …`);
    const duckTiming = {
      ...(await time(runs, async () => {
        for (const q of duckQueries) await duckConn.runAndReadAll(q);
      })),
      storedRows: duckRows,
      loadSeconds: duckLoad,
    };
    results.duckdb = duckTiming;
    const duckTotal = required(
      (await duckConn.runAndReadAll(`select sum(cost - income) from (${duckQueries[0]}) t where month <= ${MONTH}`)).getRows()[0],
      'duckdbs summa',
    )[0];

    if (options.pgRaw) {
      log('postgresql: läser in råraderna med COPY …');
      const raw = new pg.Client({ connectionString: dbUrl });
      await raw.connect();
      try {
        started = performance.now();
        await raw.query(
          'create unlogged table ledger_raw_text (month text, cost_centre text, activity_code text, account text, amount text, note text)',
        );
        for (const { file } of files) psql(dbUrl, `\\copy ledger_raw_text from '${file}' with (format csv, header true, delimiter ';')`);
        await raw.query(`create table ledger_raw_rows as
          select left(month, 4)::int as year, right(month, 2)::int as month, cost_centre, activity_code, account,
            round(replace(replace(amount, ' ', ''), ',', '.')::numeric * 100)::bigint as amount_ore
          from ledger_raw_text`);
        await raw.query('drop table ledger_raw_text');
        await raw.query(`create table raw_mapping as
          select m.activity_code, m.account_from, m.account_to, m.activity_id from ledger_mapping m join committee c on c.id = m.committee_id where c.code = 'SON'`);
        await raw.query('create index on ledger_raw_rows (year, month)');
        await raw.query('vacuum analyze ledger_raw_rows');
        const pgRawLoad = (performance.now() - started) / 1000;
        const pgQueries = rawQueries();
        log('postgresql: mäter över råraderna …');
        results['postgresql-raw'] = {
          ...(await time(Math.min(runs, 5), async () => {
            for (const q of pgQueries) await raw.query(q);
          })),
          storedRows: duckRows,
          loadSeconds: pgRawLoad,
        };
      } finally {
        await raw.end();
      }
    }

    const row = (label: string, key: string, what: string) => {
      const r = results[key];
      if (!r) return null;
      return `| ${label} | ${what} | ${r.storedRows.toLocaleString('sv-SE')} | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${(duckTiming.median / r.median).toFixed(2)} | ${r.loadSeconds.toFixed(1)} |`;
    };
    return [
      `Operating summary (followUpReport SON ${YEAR}, cut-off month ${MONTH}) over ${years} years × ${rowsPerYear.toLocaleString('sv-SE')} ledger rows; median of ${runs} warm runs; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
      '',
      '| | what is timed | rows read from | median ms | p90 ms | DuckDB ÷ this (> 1: faster than DuckDB) | load s |',
      '|---|---|---:|---:|---:|---:|---:|',
      row('Styrbord on PostgreSQL', 'postgresql', 'whole followUpReport (all its queries + assembly)'),
      row('Styrbord on PGlite', 'pglite', 'whole followUpReport (all its queries + assembly)'),
      row('DuckDB (in memory), raw rows', 'duckdb', 'the 4 ledger queries only'),
      row('PostgreSQL, raw rows', 'postgresql-raw', 'the 4 ledger queries only'),
      '',
      `Check: outcome to date ${YEAR}-01…${MONTH} in the report ${check.outcomeToDate} kr; DuckDB over raw rows ${Math.round(Number(duckTotal) / 100)} kr (the importer rounds each aggregate to whole kronor).`,
      '',
    ]
      .filter((l) => l !== null)
      .join('\n');
  } finally {
    duckConn.closeSync();
    duck.closeSync();
    await scratch.dispose();
  }
}
