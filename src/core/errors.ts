/** One error type for everything a caller may see: a stable code, an HTTP status and a Swedish message. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'frozen'
  | 'import_failed'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

const statusByCode: Record<ErrorCode, number> = {
  validation: 400,
  import_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  frozen: 409,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
};

export interface FieldIssue {
  field: string;
  message: string;
}

export interface ImportIssue {
  file: string;
  row: number;
  column: string;
  reason: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldIssue[]; rows?: ImportIssue[]; retryAfterSeconds?: number },
  ) {
    super(message);
    this.status = statusByCode[code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} finns inte.`);
export const forbidden = () => new AppError('forbidden', 'Du saknar behörighet för detta.');
export const staleVersion = (what: string) =>
  new AppError('stale_version', `Någon annan har ändrat ${what} sedan du öppnade den. Ladda om sidan och gör ändringen igen.`);

export function importFailed(issues: ImportIssue[]): AppError {
  const first = issues[0];
  const summary = first
    ? `${first.file}, rad ${first.row}, kolumn ${first.column}: ${first.reason}`
    : 'okänt fel';
  const more = issues.length > 1 ? ` (och ${issues.length - 1} fel till)` : '';
  return new AppError('import_failed', `Importen avbröts och ingenting ändrades. ${summary}${more}`, { rows: issues });
}
