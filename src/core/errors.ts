import { DEFAULT_LANGUAGE, msg, render, translate, type Language, type Message } from './messages.ts';

/**
 * One error type for everything a caller may see: a stable code, an HTTP status and a message,
 * Swedish in `message`, in the caller's language through `bodyIn` when it comes from the catalogue.
 */
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

interface Details {
  fields?: FieldIssue[];
  rows?: ImportIssue[];
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  readonly status: number;
  /** The catalogue message this error was made from, if any: it can then answer in English too. */
  readonly text: Message | null;
  constructor(
    readonly code: ErrorCode,
    message: string | Message,
    readonly details?: Details,
    /** The field messages in another language, for errors whose fields come from a zod schema. */
    private readonly fieldsIn?: (language: Language) => FieldIssue[],
  ) {
    super(typeof message === 'string' ? message : render(message));
    this.status = statusByCode[code];
    this.text = typeof message === 'string' ? null : message;
  }

  /** The message in a language: from the catalogue when the error names a key, else translated back by its Swedish text. */
  messageIn(language: Language): string {
    if (this.text?.key === 'validation.summary' && this.details?.fields) {
      return render(msg('validation.summary', { fields: summarize(this.fieldsInLanguage(language) ?? []) }), language);
    }
    return this.text ? render(this.text, language) : translate(this.message, language);
  }

  fieldsInLanguage(language: Language): FieldIssue[] | undefined {
    if (language === DEFAULT_LANGUAGE || !this.details?.fields) return this.details?.fields;
    return (this.fieldsIn?.(language) ?? this.details.fields).map((f) => ({ field: f.field, message: translate(f.message, language) }));
  }

  /** The body the API answers with. */
  bodyIn(language: Language) {
    const fields = this.fieldsInLanguage(language);
    return { error: { code: this.code, message: this.messageIn(language), ...this.details, ...(fields ? { fields } : {}) } };
  }

  toJSON() {
    return this.bodyIn(DEFAULT_LANGUAGE);
  }
}

const summarize = (fields: readonly FieldIssue[]) => fields.map((f) => `${f.field}: ${f.message}`).join('; ');

/** A 400 naming every bad field; `fieldsIn` gives the same fields in another language. */
export function validationFailed(fields: FieldIssue[], fieldsIn?: (language: Language) => FieldIssue[]): AppError {
  return new AppError('validation', msg('validation.summary', { fields: summarize(fields) }), { fields }, fieldsIn);
}

export const notFound = (what: string) => new AppError('not_found', msg('not_found', { what }));
export const forbidden = () => new AppError('forbidden', msg('auth.forbidden'));
export const staleVersion = (what: string) => new AppError('stale_version', msg('stale_version', { what }));

export function importFailed(issues: ImportIssue[]): AppError {
  const first = issues[0];
  const summary = first
    ? msg('import.where', { file: first.file, row: first.row, column: first.column, reason: first.reason })
    : msg('import.unknown');
  const more = issues.length > 1 ? msg('import.more', { count: issues.length - 1 }) : '';
  return new AppError('import_failed', msg('import.failed', { summary, more }), { rows: issues });
}
