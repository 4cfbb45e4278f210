import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresDatabase, testTarget } from './database.ts';
import { CLIENT_HEADER } from '../core/http.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export { CLIENT_HEADER };

export interface RunningServer {
  url: string;
  /** The database the server runs on: a PGlite folder, or a PostgreSQL URL (the runtime role's) with its owner's URL. */
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; url: string; ownerUrl?: string };
  /** stdout and stderr so far. */
  output(): string;
  /** True while the process runs. */
  alive(): boolean;
  /** The server's process id (to look at the processes it starts). */
  pid: number;
  /** Sends a signal (e.g. SIGKILL, to leave a stale lock behind) and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra environment for the server process. */
  env?: NodeJS.ProcessEnv;
  /** Where the server runs: the test project's target unless given. */
  target?: 'pglite' | 'postgresql';
  /** Extra arguments after `serve --port N`. */
  args?: string[];
  /** An existing PGlite folder or PostgreSQL URL to reuse instead of a fresh one (kept on stop). */
  reuse?: RunningServer['database'];
  /** Runs on the prepared, not yet served database (e.g. `styrbord demo load`). */
  prepare?: (database: RunningServer['database'], cli: (...args: string[]) => Promise<CliResult>) => Promise<void>;
}

/**
 * How long startServer may take, preparing included, before it gives up with the server's output;
 * a beforeAll that starts one needs a longer timeout than this (SERVER_START_TIMEOUT).
 */
export const SERVER_START_LIMIT = 240_000;
export const SERVER_START_TIMEOUT = SERVER_START_LIMIT + 60_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function databaseEnv(database: RunningServer['database']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.STYRBORD_MIGRATION_DATABASE_URL;
  delete env.STYRBORD_DATA_DIR;
  if (database.kind === 'pglite') env.STYRBORD_DATA_DIR = database.dataDir;
  else {
    env.DATABASE_URL = database.url;
    if (database.ownerUrl) env.STYRBORD_MIGRATION_DATABASE_URL = database.ownerUrl;
  }
  return env;
}

/** Runs `styrbord …` against a database, as a user types it; `timeoutMs` ends it (code null) if it runs longer. */
export function runCli(
  database: RunningServer['database'],
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs?: number,
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/styrbord.mjs', ...args], {
      cwd: repoRoot,
      env: { ...databaseEnv(database), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(timeoutMs === undefined ? {} : { timeout: Math.max(1, timeoutMs), killSignal: 'SIGKILL' as const }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && timeoutMs !== undefined) stderr += `\nstyrbord ${args.join(' ')} avbröts efter ${timeoutMs} ms`;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A new, empty database: a PGlite folder, or a PostgreSQL database that the server's superuser
 * migrates (STYRBORD_MIGRATION_DATABASE_URL) and the server uses as the runtime role (DATABASE_URL).
 */
export async function freshDatabase(
  target: 'pglite' | 'postgresql' = testTarget(),
): Promise<{ database: RunningServer['database']; remove: () => Promise<void> }> {
  if (target === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'styrbord-server-'));
    return { database: { kind: 'pglite', dataDir }, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const created = await createPostgresDatabase('styrbord_srv');
  return { database: { kind: 'postgresql', url: created.runtimeUrl, ownerUrl: created.ownerUrl }, remove: created.drop };
}

/**
 * Starts `styrbord serve` as its own process on a free port and a fresh database (PGlite folder, or
 * a new PostgreSQL database when the test project targets PostgreSQL), and waits for /api/health.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const deadline = Date.now() + SERVER_START_LIMIT;
  const target = options.target ?? testTarget();
  const fresh = options.reuse ? { database: options.reuse, remove: async () => undefined } : await freshDatabase(target);
  const { database } = fresh;
  if (options.prepare) {
    try {
      await options.prepare(database, (...args) => runCli(database, args, options.env, deadline - Date.now()));
    } catch (err) {
      await fresh.remove();
      throw err;
    }
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/styrbord.mjs', 'serve', '--port', String(port), ...(options.args ?? [])], {
    cwd: repoRoot,
    env: { ...databaseEnv(database), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const alive = () => child.exitCode === null && child.signalCode === null;

  const stop = async () => {
    if (alive()) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await fresh.remove();
  };

  const kill = async (signal: NodeJS.Signals) => {
    if (!alive()) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  };

  const running: RunningServer = { url, database, output: () => output, alive, pid: child.pid ?? 0, kill, stop };
  while (Date.now() < deadline) {
    if (!alive()) break;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return running;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const exit =
    child.exitCode !== null
      ? ` (slutkod ${child.exitCode})`
      : child.signalCode !== null
        ? ` (${child.signalCode})`
        : ` (inte klar inom ${SERVER_START_LIMIT / 1000} s)`;
  await stop();
  throw new Error(`Servern startade inte på ${url}${exit}:\n${output}`);
}

/** A signed-in HTTP client against a running server: sends the session cookie, Origin and the client header. */
export class HttpClient {
  private readonly jar = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The cookies the server has set, as a Cookie header. */
  get cookie(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size > 0 && !headers.has('cookie')) headers.set('cookie', this.cookie);
    if (!headers.has('origin')) headers.set('origin', this.baseUrl);
    if (!headers.has(CLIENT_HEADER)) headers.set(CLIENT_HEADER, '1');
    const res = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }

  async json(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }> {
    const res = await this.fetch(path, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** Signs in; throws unless the server accepts. */
  static async signIn(baseUrl: string, username: string, password: string): Promise<HttpClient> {
    const client = new HttpClient(baseUrl);
    const res = await client.json('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`inloggning misslyckades för ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return client;
  }
}
