import { AppError } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import type { KoladaDataPoint, KoladaGroup, KoladaKpi, KoladaMunicipality, Page } from './model.ts';
import { parseDataPage, parseGroupPage, parseKpiPage, parseMunicipalityPage, KoladaFormatError } from './rules/parse.ts';

/**
 * Kolada v3 client (https://api.kolada.se/v3, no key). Path form for data
 * (`/data/kpi/{k}/municipality/{m}/year/{y}`), lists batched into at most 25 values per path
 * segment, `per_page=5000`, `next_url` followed until null/absent/"" or an empty page, at most
 * `requestsPerSecond` requests, and retries with backoff on 429 and 5xx (honouring Retry-After).
 */
export const KOLADA_BASE_URL = 'https://api.kolada.se/v3';
export const MAX_FILTER_VALUES = 25;

export interface KoladaClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  requestsPerSecond?: number;
  maxRetries?: number;
  /** First backoff in ms; doubles per attempt. */
  retryBaseMs?: number;
  /** Upper bound for one wait (also caps Retry-After). */
  retryMaxMs?: number;
  timeoutMs?: number;
  perPage?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** One response page as received, for provenance and for saving as a fixture. */
export interface RecordedPage {
  url: string;
  fetched_at: string;
  status: number;
  body: unknown;
}

export class KoladaHttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class KoladaNetworkError extends Error {
  constructor(
    readonly url: string,
    readonly causeText: string,
  ) {
    super(`Kunde inte nå Kolada (${url}): ${causeText}`);
  }
}

export function chunk<T>(items: readonly T[], size = MAX_FILTER_VALUES): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class KoladaClient {
  readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly minIntervalMs: number;
  private readonly maxRetries: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly timeoutMs: number;
  private readonly perPage: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private nextSlot = 0;
  /** Every page received, in order. */
  readonly recorded: RecordedPage[] = [];
  requestCount = 0;

  constructor(options: KoladaClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? KOLADA_BASE_URL).replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.minIntervalMs = 1000 / (options.requestsPerSecond ?? 5);
    this.maxRetries = options.maxRetries ?? 4;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.perPage = options.perPage ?? 5000;
    this.sleep = options.sleep ?? defaultSleep;
  }

  private async throttle(): Promise<void> {
    const now = Date.now();
    const wait = this.nextSlot - now;
    this.nextSlot = Math.max(now, this.nextSlot) + this.minIntervalMs;
    if (wait > 0) await this.sleep(wait);
  }

  private backoff(attempt: number, retryAfter: string | null): number {
    const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : null;
    return Math.min(this.retryMaxMs, seconds ?? this.retryBaseMs * 2 ** attempt);
  }

  /** GET one URL as JSON, with throttling and polite retries. */
  async getJson(url: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      await this.throttle();
      this.requestCount++;
      let response: Response;
      try {
        response = await this.fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (err) {
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        const causeText = cause?.code ?? cause?.message ?? (err as Error).message;
        if (attempt < Math.min(this.maxRetries, 1)) {
          await this.sleep(this.backoff(attempt, null));
          continue;
        }
        throw new KoladaNetworkError(url, causeText);
      }
      if (response.status === 429 || response.status >= 500) {
        if (attempt < this.maxRetries) {
          await response.body?.cancel();
          await this.sleep(this.backoff(attempt, response.headers.get('retry-after')));
          continue;
        }
        throw new KoladaHttpError(url, response.status, `Kolada svarade ${response.status} efter ${attempt + 1} försök (${url}).`);
      }
      if (!response.ok) {
        const detail = (await response.text().catch(() => '')).slice(0, 300);
        throw new KoladaHttpError(url, response.status, `Kolada svarade ${response.status} för ${url}${detail ? `: ${detail}` : ''}`);
      }
      const body: unknown = await response.json().catch(() => {
        throw new KoladaHttpError(url, response.status, `Kolada svarade med ogiltig JSON (${url}).`);
      });
      this.recorded.push({ url, fetched_at: new Date().toISOString(), status: response.status, body });
      return body;
    }
  }

  /** Follows next_url (absolute or relative) from a first URL; stops on null/""/absent or an empty page. */
  async pages<T>(firstUrl: string, parse: (json: unknown, source: string) => Page<T>): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let url: string | null = firstUrl;
    while (url !== null) {
      if (seen.has(url)) throw new KoladaHttpError(url, 200, `Kolada pekade tillbaka på en sida som redan hämtats (${url}).`);
      seen.add(url);
      const page = parse(await this.getJson(url), url);
      items.push(...page.items);
      url = page.items.length === 0 || page.nextUrl === null ? null : new URL(page.nextUrl, url).toString();
    }
    return items;
  }

  private url(path: string, query: Record<string, string> = {}): string {
    const params = new URLSearchParams({ ...query, per_page: String(this.perPage) });
    return `${this.baseUrl}${path}?${params.toString()}`;
  }

  private static segment(values: readonly string[]): string {
    return values.map((v) => encodeURIComponent(v)).join(',');
  }

  async kpis(ids: readonly string[]): Promise<KoladaKpi[]> {
    const out: KoladaKpi[] = [];
    for (const batch of chunk([...new Set(ids)]))
      out.push(...(await this.pages(this.url(`/kpi/${KoladaClient.segment(batch)}`), parseKpiPage)));
    return out;
  }

  /** Case-insensitive free-text match on the KPI title. */
  searchKpis(title: string): Promise<KoladaKpi[]> {
    return this.pages(this.url('/kpi', { title }), parseKpiPage);
  }

  async municipalities(ids?: readonly string[]): Promise<KoladaMunicipality[]> {
    if (!ids || ids.length === 0) return this.pages(this.url('/municipality'), parseMunicipalityPage);
    const out: KoladaMunicipality[] = [];
    for (const batch of chunk([...new Set(ids)]))
      out.push(...(await this.pages(this.url(`/municipality/${KoladaClient.segment(batch)}`), parseMunicipalityPage)));
    return out;
  }

  async municipalityGroups(ids: readonly string[]): Promise<KoladaGroup[]> {
    const out: KoladaGroup[] = [];
    for (const batch of chunk([...new Set(ids)]))
      out.push(...(await this.pages(this.url(`/municipality_groups/${KoladaClient.segment(batch)}`), parseGroupPage)));
    return out;
  }

  /** Data for KPIs × municipalities × years: the cartesian product of ≤25-value chunks. */
  async data(kpis: readonly string[], municipalities: readonly string[], years: readonly number[]): Promise<KoladaDataPoint[]> {
    if (kpis.length === 0 || municipalities.length === 0 || years.length === 0) {
      throw new AppError('validation', msg('kolada.give_kpi_municipality_year'));
    }
    const out: KoladaDataPoint[] = [];
    for (const k of chunk([...new Set(kpis)])) {
      for (const m of chunk([...new Set(municipalities)])) {
        for (const y of chunk([...new Set(years)].map(String))) {
          const path = `/data/kpi/${KoladaClient.segment(k)}/municipality/${KoladaClient.segment(m)}/year/${KoladaClient.segment(y)}`;
          out.push(...(await this.pages(this.url(path), parseDataPage)));
        }
      }
    }
    return out;
  }
}

/** Kolada failures as the Swedish errors a user sees (CLI exit code 1, HTTP 4xx/5xx in the API). */
export function koladaError(err: unknown): unknown {
  if (err instanceof KoladaNetworkError) {
    return new AppError('validation', msg('kolada.network', { problem: err.message }));
  }
  if (err instanceof KoladaHttpError) return new AppError('validation', err.message);
  if (err instanceof KoladaFormatError) return new AppError('validation', msg('kolada.unexpected_format', { problem: err.message }));
  return err;
}
