import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api.ts';
import { ImportError } from './ImportIssues.tsx';
import { Field } from './Field.tsx';
import { Panel } from './Panel.tsx';

/** The accept list for a spreadsheet upload (csv or xlsx). */
export const SPREADSHEET_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadRequest<T> {
  /** Where the file goes; read when the upload starts, so it may use the form's other fields. */
  url: (file: File) => string;
  /** The content type the file is sent with. */
  contentType: (file: File) => string;
  onSuccess?: (result: T, file: File) => void;
}

/** A chosen file sent raw on submit; submitting without one marks the file as missing. */
export function useFileUpload<T>({ url, contentType, onSuccess }: UploadRequest<T>) {
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => api.upload<T>(url(f), f, contentType(f)),
    onSuccess: (result, f) => {
      onSuccess?.(result, f);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissingFile(file === null);
    if (file) upload.mutate(file);
  };
  return { file, setFile, missingFile, submit, upload };
}

/** An import's outcome: a caption and a row heading with its value per line. */
export interface UploadSummary {
  caption: ReactNode;
  rows: readonly (readonly [ReactNode, ReactNode])[];
}

export interface FileUploadProps<T> extends UploadRequest<T> {
  title: ReactNode;
  /** Shown between the heading and the form (an intro, download links). */
  children?: ReactNode;
  /** The file field's label and its accept list. */
  label: string;
  accept: string;
  /** More fields after the file field. */
  fields?: ReactNode;
  submitText: string;
  pendingText: string;
  chooseFileText: string;
  /** Without the right to upload, `readOnly` stands in place of the form. */
  writable?: boolean;
  readOnly?: ReactNode;
  /** The table after a successful import (`selected` is the file chosen now), or null for none. */
  summary: (result: T, files: { uploaded: File; selected: File | null }) => UploadSummary | null;
}

/** A panel with a file upload form, the problems of a failed import and the summary of a successful one. */
export function FileUpload<T>(props: FileUploadProps<T>) {
  const { title, children, label, accept, fields, submitText, pendingText, chooseFileText, writable = true, readOnly, summary } = props;
  const { file, setFile, missingFile, submit, upload } = useFileUpload<T>(props);
  const s = upload.data !== undefined && upload.variables ? summary(upload.data, { uploaded: upload.variables, selected: file }) : null;
  return (
    <Panel title={title}>
      {children}
      {writable ? (
        <form className="inline-form" onSubmit={submit}>
          <Field label={label}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept={accept}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                aria-invalid={missingFile || undefined}
              />
            )}
          </Field>
          {fields}
          <button type="submit" className="primary" disabled={upload.isPending}>
            {upload.isPending ? pendingText : submitText}
          </button>
        </form>
      ) : (
        readOnly
      )}
      {missingFile && (
        <p className="field-error" role="alert">
          {chooseFileText}
        </p>
      )}
      <ImportError error={upload.error} />
      {s && (
        <table className="import-summary">
          <caption>{s.caption}</caption>
          <tbody>
            {s.rows.map(([heading, value], n) => (
              <tr key={n}>
                <th scope="row">{heading}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
