import type { Queryable } from '../db/connection.ts';
import { AppError } from '../core/errors.ts';
import type { Checker, Finding } from '../core/finding.ts';

/**
 * A decided file is served only while its bytes still have the sha256 stored at the decision.
 * A mismatch means someone went around the database's freeze; it is refused and recorded in the
 * audit log (whose hash chain keeps that record, too).
 */
export const tamperedFileMessage =
  'Filen stämmer inte med den beslutade versionen och lämnas därför inte ut. Händelsen är loggad; kontakta systemförvaltaren.';

export async function ensureUnchanged(
  db: Queryable,
  file: { documentId: number; versionId: number; format: string; expected: string | null; actual: string },
): Promise<void> {
  if (file.expected === file.actual) return;
  await db.query(
    `insert into audit_event (actor_id, actor_name, command, entity_type, entity_id, before, after)
     values (null, 'system', 'document.file_mismatch', 'document_version', $1, $2::jsonb, $3::jsonb)`,
    [
      String(file.versionId),
      JSON.stringify({ documentId: file.documentId, format: file.format, sha256: file.expected }),
      JSON.stringify({ documentId: file.documentId, format: file.format, sha256: file.actual }),
    ],
  );
  throw new AppError('conflict', tamperedFileMessage);
}

/**
 * For `styrbord check`: every decided file of the committee is hashed again in the database and
 * compared with the hashes stored beside it and with those in the decision's audit event.
 */
export async function frozenFileFindings(db: Queryable, committeeCode: string): Promise<Finding[]> {
  const rows = await db.query<{
    versionId: number;
    title: string;
    number: number;
    format: string;
    stored: string | null;
    actual: string;
    audited: string | null;
  }>(
    `select v.id as "versionId", d.title, d.number, f.format, v.hashes->>f.format as stored, f.actual,
       (select a.after->'hashes'->>f.format from audit_event a where a.command = 'document.decide' and a.entity_type = 'document_version'
          and a.entity_id = v.id::text order by a.id limit 1) as audited
     from document_version v join document d on d.id = v.document_id join committee c on c.id = d.committee_id
     cross join lateral (values ('html', encode(sha256(v.html), 'hex')), ('json', encode(sha256(v.json), 'hex')), ('pdf', encode(sha256(v.pdf), 'hex')),
       ('docx', encode(sha256(v.docx), 'hex')), ('xlsx', encode(sha256(v.xlsx), 'hex'))) as f(format, actual)
     where c.code = $1 order by v.id, f.format`,
    [committeeCode],
  );
  return rows
    .filter((r) => r.stored !== r.actual || (r.audited !== null && r.audited !== r.stored))
    .map((r) => ({
      area: 'documents',
      kind: 'frozen_file_mismatch',
      message:
        r.stored !== r.actual
          ? `${r.title} v${r.number}: ${r.format}-filen stämmer inte med den beslutade versionens sha256.`
          : `${r.title} v${r.number}: ${r.format}-filens sparade sha256 skiljer sig från den i beslutets logghändelse.`,
    }));
}

export const frozenFileChecker: Checker<Queryable> = (db, scope) => frozenFileFindings(db, scope.committeeCode);
