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

/** A field issue as code raises it: its message from the catalogue, or text already written (zod's). */
export interface RaisedFieldIssue {
  field: string;
  message: string | Message;
}

export interface ImportIssue {
  file: string;
  row: number;
  column: string;
  /** Swedish; the body and the CLI give it in the caller's language (see `importIssue`). */
  reason: string;
  /** The catalogue message behind `reason`, when it came from one. */
  readonly text?: Message;
}

/**
 * A row of a refused import whose reason comes from the catalogue. The message rides along as a
 * non-enumerable property, so the issue still compares, serialises and prints as the plain
 * {file, row, column, reason} row it has always been; `reasonIn` renders it in a language.
 */
export function importIssue(file: string, row: number, column: string, reason: Message): ImportIssue {
  return Object.defineProperty({ file, row, column, reason: render(reason) }, 'text', { value: reason, enumerable: false });
}

/** The issue's reason in a language: from its message when it has one, else its Swedish text translated back. */
export const reasonIn = (issue: ImportIssue, language: Language): string =>
  issue.text ? render(issue.text, language) : translate(issue.reason, language);

interface Details {
  fields?: RaisedFieldIssue[];
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
    const fields = this.details?.fields;
    if (!fields) return undefined;
    const raised = language === DEFAULT_LANGUAGE ? fields : (this.fieldsIn?.(language) ?? fields);
    return raised.map((f) => ({
      field: f.field,
      message: typeof f.message === 'string' ? translate(f.message, language) : render(f.message, language),
    }));
  }

  rowsInLanguage(language: Language): ImportIssue[] | undefined {
    return this.details?.rows?.map((r) => ({ file: r.file, row: r.row, column: r.column, reason: reasonIn(r, language) }));
  }

  /** The body the API answers with. */
  bodyIn(language: Language) {
    const fields = this.fieldsInLanguage(language);
    const rows = this.rowsInLanguage(language);
    return {
      error: {
        code: this.code,
        message: this.messageIn(language),
        ...this.details,
        ...(fields ? { fields } : {}),
        ...(rows ? { rows } : {}),
      },
    };
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

/** `what` is a thing of the catalogue (`msg('thing.committee')`), so the sentence reads right in each language. */
export const notFound = (what: Message) => new AppError('not_found', msg('not_found', { what }));
export const forbidden = () => new AppError('forbidden', msg('auth.forbidden'));
export const staleVersion = (what: Message) => new AppError('stale_version', msg('stale_version', { what }));

export function importFailed(issues: ImportIssue[]): AppError {
  const first = issues[0];
  const summary = first
    ? msg('import.where', { file: first.file, row: first.row, column: first.column, reason: first.text ?? first.reason })
    : msg('import.unknown');
  const more = issues.length > 1 ? msg('import.more', { count: issues.length - 1 }) : '';
  return new AppError('import_failed', msg('import.failed', { summary, more }), { rows: issues });
}
