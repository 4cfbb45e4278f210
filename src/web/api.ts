import { CLIENT_HEADER } from '../core/http.ts';

/** Thin fetch wrapper: JSON in, JSON out, and an ApiError carrying the server's message in the UI's language. */
export interface FieldError {
  field: string;
  message: string;
}

/** One problem in an imported file: where it is and why it was refused. */
export interface ImportIssue {
  file: string;
  row: number;
  column: string;
  reason: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly rows: ImportIssue[];
  /** On a 429 or 503: how long to wait before trying again. */
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    rows: ImportIssue[] = [],
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.rows = rows;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldError[]; rows?: ImportIssue[]; retryAfterSeconds?: number };
}

async function request<T>(method: string, path: string, body?: unknown, raw?: { body: Blob; contentType: string }): Promise<T> {
  let response: Response;
  // the client header on every request: the server refuses a state-changing request without it or JSON (CSRF)
  // the UI's language (i18n.ts keeps it on <html lang>), so the server's error messages match the page
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': document.documentElement.lang || 'sv',
    [CLIENT_HEADER]: '1',
  };
  if (raw) headers['content-type'] = raw.contentType;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: raw ? raw.body : body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const err = (data as ErrorBody | null)?.error;
    throw new ApiError(
      response.status,
      err?.code ?? 'internal',
      err?.message ?? `Fel från servern (${response.status}).`,
      err?.fields ?? [],
      err?.rows ?? [],
      err?.retryAfterSeconds ?? (Number(response.headers.get('retry-after')) || null),
    );
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** A file as the raw request body, with its content type named explicitly. */
  upload: <T>(path: string, file: Blob, contentType: string) => request<T>('POST', path, undefined, { body: file, contentType }),
};

/** The content type a spreadsheet upload is sent with, from the file's name. */
export function uploadType(fileName: string): string {
  return fileName.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
}

/** Builds a query string, leaving out empty values. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}
