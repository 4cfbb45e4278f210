import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { required } from '../core/required.ts';

/**
 * A stand-in for api.kolada.se on 127.0.0.1, for tests only. It serves the recorded v3 fixtures:
 * data rows are filtered by the path segments and paged by `per_page`/`page` with an absolute
 * `next_url` (as v3 does); a segment with more than 25 values is refused with 400; a number of
 * 429 answers can be queued. Every request is logged.
 */
export interface FakeKolada {
  baseUrl: string;
  requests: string[];
  /** The next n requests get 429 (with Retry-After: 0). */
  fail429(n: number): void;
  close(): Promise<void>;
}

const FIXTURES = new URL('../modules/kolada/fixtures/v3/', import.meta.url);
type Row = Record<string, unknown> & { kpi?: string; municipality?: string; period?: number; id?: string; title?: string };

const listed = (list: readonly string[], value: string | undefined) => value !== undefined && list.includes(value);

function load(): { data: Row[]; kpis: Row[]; groups: Row[]; municipalities: Row[] } {
  const out = { data: [] as Row[], kpis: [] as Row[], groups: [] as Row[], municipalities: [] as Row[] };
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as unknown;
    for (const rec of (Array.isArray(json) ? json : [json]) as { body: { values: Row[] } }[]) {
      const target = file.startsWith('data-')
        ? out.data
        : file.startsWith('kpi-')
          ? out.kpis
          : file.startsWith('municipality_groups')
            ? out.groups
            : out.municipalities;
      target.push(...rec.body.values);
    }
  }
  return out;
}

export async function startFakeKolada(): Promise<FakeKolada> {
  const fixtures = load();
  const requests: string[] = [];
  let pending429 = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (pending429 > 0) {
      pending429--;
      return send(429, { detail: 'Too Many Requests' }, { 'retry-after': '0' });
    }
    const parts = url.pathname
      .replace(/^\/v3\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    const lists = parts.map((p) => p.split(','));
    if (lists.some((l) => l.length > 25)) return send(400, { detail: 'Too many values in one filter (max 25)' });
    let rows: Row[];
    if (parts[0] === 'data') {
      const seg = (name: string) => {
        const i = parts.indexOf(name);
        return i < 0 ? null : required(parts[i + 1], `the value after /${name}`).split(',');
      };
      const [k, m, y] = [seg('kpi'), seg('municipality'), seg('year')];
      rows = fixtures.data.filter(
        (r) => (!k || listed(k, r.kpi)) && (!m || listed(m, r.municipality)) && (!y || y.includes(String(r.period))),
      );
    } else if (parts[0] === 'kpi') {
      const title = url.searchParams.get('title');
      rows = fixtures.kpis.filter(
        (r) =>
          (parts[1] ? listed(parts[1].split(','), r.id) : true) && (!title || (r.title ?? '').toLowerCase().includes(title.toLowerCase())),
      );
    } else if (parts[0] === 'municipality_groups') {
      rows = fixtures.groups.filter((r) => !parts[1] || listed(parts[1].split(','), r.id));
    } else if (parts[0] === 'municipality') {
      rows = fixtures.municipalities.filter((r) => !parts[1] || listed(parts[1].split(','), r.id));
    } else {
      return send(404, { detail: 'Not Found' });
    }
    const perPage = Number(url.searchParams.get('per_page') ?? 5000);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = rows.slice((page - 1) * perPage, page * perPage);
    const next =
      page * perPage < rows.length
        ? new URL(url.toString().replace('http://127.0.0.1', `http://127.0.0.1:${(server.address() as AddressInfo).port}`))
        : null;
    next?.searchParams.set('page', String(page + 1));
    send(200, { values: slice, count: slice.length, next_url: next ? next.toString() : null, previous_url: null });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v3`,
    requests,
    fail429: (n) => {
      pending429 = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
