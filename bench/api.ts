/**
 * The HTTP API under load (see bench/README.md, "API under load"): the real server
 * (startServer → buildApp) in a process of its own on 127.0.0.1, on a fresh PGlite data directory
 * and, when the PostgreSQL server answers, on a fresh database there, each with the demo loaded.
 * Signed in as `politiker`, autocannon keeps N connections (100 by default) busy against one GET
 * endpoint at a time: a short warm-up, then a bounded measured run. Every response's latency is
 * kept, so p50/p95/p99 are exact (autocannon's own summary has p90 and p97.5, not p95).
 *
 * Only loopback is ever targeted, and every run is bounded in time.
 *
 * As a child process (`bench/api.ts --serve '{"dataDir": …}'`) this file is the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import pg from 'pg';
import { connect, type ConnectOptions } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadDemo } from '../demo/load.ts';
import { SESSION_COOKIE } from '../src/modules/auth/model.ts';
import { required } from '../src/core/required.ts';

const HOST = '127.0.0.1';
const TARGET_P95_MS = 50;

export const API_ENDPOINTS = [
  '/api/organisation?asOf=2024-06-01',
  '/api/committees/SON/economy/follow-up?year=2024&month=10',
  '/api/committees/SON/economy/budget?year=2024',
  '/api/committees/SON/goals?year=2024',
];

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  timeout?: number;
  overallRate?: number;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
}
interface AutocannonInstance extends EventEmitter {
  stop(): void;
}
type Autocannon = (opts: AutocannonOptions, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface LoadOptions {
  connections: number;
  /** Seconds measured, after `warmup` seconds of the same load. */
  seconds: number;
  warmup: number;
  /** Requests per second over all connections; 0: as fast as the server answers. */
  rate: number;
}

interface LoadRun {
  endpoint: string;
  bytes: number;
  /** Median of 20 requests one at a time, no other load. */
  single: number;
  requests: number;
  seconds: number;
  reqPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failures: number;
  failureNote: string;
  serverCpu: number;
  clientCpu: number;
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const CLK_TCK = 100;

/** utime + stime of a process in seconds (Linux /proc). */
function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/**
 * One autocannon run of warmup + seconds; only responses that arrive after the warm-up are
 * recorded, so the measured window starts with the server's queue already in its steady state
 * (stopping one run and starting another would leave the first run's requests queued behind).
 */
function load(
  url: string,
  { connections, warmup, seconds, rate }: LoadOptions,
  cookie: string,
  onMeasureStart: () => void,
  record: (ms: number, status: number) => void,
): Promise<AutocannonResult> {
  if (new URL(url).hostname !== HOST) throw new Error(`bara ${HOST}: ${url}`);
  return new Promise((resolvePromise, reject) => {
    let measuring = false;
    const timer = setTimeout(() => {
      measuring = true;
      onMeasureStart();
    }, warmup * 1000);
    const instance = autocannon(
      { url, connections, duration: warmup + seconds, headers: { cookie }, timeout: 30, ...(rate > 0 ? { overallRate: rate } : {}) },
      (err, result) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolvePromise(result);
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (measuring) record(ms, status);
    });
  });
}

/** Waits (at most 3 minutes) until requests left queued by the previous run are done. */
async function drain(base: string, cookie: string): Promise<void> {
  const deadline = performance.now() + 180_000;
  let quick = 0;
  while (quick < 2 && performance.now() < deadline) {
    const t0 = performance.now();
    await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).arrayBuffer();
    quick = performance.now() - t0 < 50 ? quick + 1 : 0;
  }
  if (quick < 2) process.stderr.write('Varning: servern blev inte ledig inom 3 minuter\n');
}

async function startServerProcess(target: ConnectOptions): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', JSON.stringify(target)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: required(child.stdout, 'serverprocessens stdout') });
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once('exit', (code) => reject(new Error(`servern avslutades (${code}) innan den lyssnade`)));
    lines.once('line', (line) => resolvePort((JSON.parse(line) as { port: number }).port));
  });
  child.removeAllListeners('exit');
  return { child, port };
}

async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'politiker', password: 'styrbord' }),
  });
  if (res.status !== 200) throw new Error(`inloggningen gav ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
  if (!cookie) throw new Error('inloggningen gav ingen sessionskaka');
  return cookie;
}

async function loadServer(target: ConnectOptions, opts: LoadOptions): Promise<LoadRun[]> {
  const { child, port } = await startServerProcess(target);
  const pid = required(child.pid, 'serverprocessens pid');
  try {
    const base = `http://${HOST}:${port}`;
    const cookie = await signIn(base);
    const runs: LoadRun[] = [];
    for (const endpoint of API_ENDPOINTS) {
      const url = `${base}${endpoint}`;
      const check = await fetch(url, { headers: { cookie } });
      const body = await check.arrayBuffer();
      if (check.status !== 200) throw new Error(`${endpoint} gav ${check.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
      await drain(base, cookie);
      const single: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        await (await fetch(url, { headers: { cookie } })).arrayBuffer();
        single.push(performance.now() - t);
      }
      process.stderr.write(`${endpoint}: ${opts.warmup} s uppvärmning + ${opts.seconds} s mätning, ${opts.connections} anslutningar\n`);

      const latencies: number[] = [];
      let failed = 0;
      let cpu0 = 0;
      let client0 = process.cpuUsage();
      let t0 = 0;
      const result = await load(
        url,
        opts,
        cookie,
        () => {
          cpu0 = processCpuSeconds(pid);
          client0 = process.cpuUsage();
          t0 = performance.now();
        },
        (ms, status) => {
          latencies.push(ms);
          if (status < 200 || status > 299) failed++;
        },
      );
      const seconds = (performance.now() - t0) / 1000;
      const serverCpu = processCpuSeconds(pid) - cpu0;
      const clientUsage = process.cpuUsage(client0);
      const sorted = Float64Array.from(latencies).sort();
      const failures = failed + result.errors + result.timeouts; // errors, timeouts: whole run incl. warm-up
      const run: LoadRun = {
        endpoint,
        bytes: body.byteLength,
        single: required(Float64Array.from(single).sort()[10], 'medianen av 20 enskilda anrop'),
        requests: latencies.length,
        seconds,
        reqPerSecond: latencies.length / seconds,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
        failures,
        failureNote: failures ? `non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}` : '',
        serverCpu: serverCpu / seconds,
        clientCpu: (clientUsage.user + clientUsage.system) / 1e6 / seconds,
      };
      runs.push(run);
      process.stderr.write(
        `  ${Math.round(run.reqPerSecond)} req/s, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms, fel ${failures}\n`,
      );
    }
    return runs;
  } finally {
    await stopServerProcess(child);
  }
}

async function prepare(target: ConnectOptions): Promise<void> {
  const db = await connect(target);
  try {
    await migrate(db);
    await loadDemo(db, 'bench');
  } finally {
    await db.close();
  }
}

async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const ms = (x: number) => x.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const int = (x: number) => Math.round(x).toLocaleString('sv-SE');

function table(title: string, runs: LoadRun[]): string[] {
  return [
    title,
    '',
    '| endpoint | response kB | 1 user p50 ms | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | p95 < 50 ms | server CPU | load generator CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|',
    ...runs.map(
      (r) =>
        `| \`${r.endpoint}\` | ${ms(r.bytes / 1024)} | ${ms(r.single)} | ${int(r.requests)} | ${int(r.reqPerSecond)} | ${ms(r.p50)} | **${ms(r.p95)}** | ${ms(r.p99)} | ${ms(r.max)} | ${r.failures}${r.failureNote ? ` (${r.failureNote})` : ''} | ${r.requests > 0 && r.p95 < TARGET_P95_MS ? '✓' : `✗ (+${ms(r.p95 - TARGET_P95_MS)})`} | ${Math.round(r.serverCpu * 100)} % | ${Math.round(r.clientCpu * 100)} % |`,
    ),
    '',
  ];
}

export async function runApiBench(opts: LoadOptions & { serverUrl: string }): Promise<string> {
  const out: string[] = [
    `API under load: ${opts.connections} connections per endpoint${opts.rate > 0 ? `, together at most ${opts.rate} requests/s` : ', each sending its next request as soon as the last is answered'} for ${opts.warmup + opts.seconds} s, responses of the last ${opts.seconds} s measured (${opts.warmup} s warm-up), signed in as politiker; server and autocannon on the same machine (127.0.0.1); ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, load average before ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, ${new Date().toISOString().slice(0, 10)}`,
    '',
  ];

  const pgliteDir = mkdtempSync(join(tmpdir(), 'styrbord-bench-api-'));
  try {
    await prepare({ dataDir: pgliteDir });
    out.push(...table('PGlite (data directory on disk, in the server process)', await loadServer({ dataDir: pgliteDir }, opts)));
  } finally {
    rmSync(pgliteDir, { recursive: true, force: true });
  }

  if (await serverReachable(opts.serverUrl)) {
    const name = `styrbord_bench_api_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: opts.serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(opts.serverUrl);
      url.pathname = `/${name}`;
      await prepare({ databaseUrl: url.toString() });
      out.push(
        ...table(
          "PostgreSQL server (same machine; the app's pool of 10 connections)",
          await loadServer({ databaseUrl: url.toString() }, opts),
        ),
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    out.push(`PostgreSQL: no server at ${opts.serverUrl.replace(/:[^:@/]*@/, ':***@')}; skipped.`, '');
  }
  return out.join('\n');
}

/** Child process: open the prepared database and serve it on 127.0.0.1 until SIGTERM. */
async function serve(target: ConnectOptions): Promise<void> {
  const { startServer } = await import('../src/server/start.ts');
  const db = await connect(target);
  // request logs would cost time and share stdout with the port line the parent reads
  const app = await startServer(db, 0, HOST, { logLevel: 'warn', trustProxy: false });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('ingen port');
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}

if (process.argv[2] === '--serve' && resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  await serve(JSON.parse(required(process.argv[3], 'målet efter --serve')) as ConnectOptions);
}
