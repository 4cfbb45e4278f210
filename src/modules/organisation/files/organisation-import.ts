import { basename } from 'node:path';
import { z } from '../../../core/validation.ts';
import { AppError, importFailed } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import type { Actor } from '../../../core/actor.ts';
import { defineCommand, execute, type AuditEntry } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { required } from '../../../core/required.ts';
import { activityRow } from '../commands.ts';
import type { Database, Queryable } from '../../../db/connection.ts';
import { activityColumns, getActivity } from '../store.ts';
import type { Activity } from '../model.ts';
import { MAX_IMPORT_ROWS, readActivityTable } from './activity-table.ts';
import { committeeCodesInTable, validateActivityTable, type ActivityRow } from './validate-activities.ts';

export interface ImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
}

type StoredActivity = Activity & { committeeCode: string };

const upper = (s: string) => s.trim().toLocaleUpperCase('sv');
const key = (committeeCode: string, code: string) => `${upper(committeeCode)}\u0000${code}`;

async function loadState(tx: Queryable) {
  const committees = await tx.query<{ id: number; code: string; validFrom: string; validTo: string | null }>(
    'select id, code, valid_from as "validFrom", valid_to as "validTo" from committee order by id',
  );
  const activities = await tx.query<StoredActivity>(
    `select ${activityColumns}, c.code as "committeeCode" from activity a join committee c on c.id = a.committee_id order by a.id`,
  );
  return { committees, activities };
}

/**
 * Applies a file of activities all-or-nothing: every row is validated first, and one problem
 * anywhere stops the import before anything is written. Rows are matched on committee and code;
 * new ones are inserted, changed ones updated (new version), rows not in the file are left alone.
 */
export const importOrganisation = defineCommand({
  name: 'organisation.import',
  input: z.object({
    file: z.string().trim().min(1).max(255),
    table: z.array(z.array(z.string())).max(MAX_IMPORT_ROWS + 1),
  }),
  async authorize(actor, input, tx) {
    if (can.administer(actor)) return;
    ensure(actor.role === 'controller');
    const { committees } = await loadState(tx);
    for (const code of committeeCodesInTable(input.table)) {
      const committee = committees.find((c) => upper(c.code) === code);
      // unknown codes are reported by the validation; known ones must all be the controller's
      if (committee) ensure(can.writeCommittee(actor, committee.id));
    }
  },
  async run(tx, input) {
    const { committees, activities } = await loadState(tx);
    const committeeByCode = new Map(committees.map((c) => [upper(c.code), c]));
    const activityById = new Map(activities.map((a) => [a.id, a]));
    const result = validateActivityTable(input.file, input.table, {
      committees,
      existing: activities.map((a) => ({
        committeeCode: a.committeeCode,
        code: a.code,
        parentCode: a.parentId === null ? null : (activityById.get(a.parentId)?.code ?? null),
      })),
    });
    if (!result.ok) throw importFailed(result.issues);

    const stored = new Map(activities.map((a) => [key(a.committeeCode, a.code), a]));
    const ids = new Map([...stored].map(([k, a]) => [k, a.id]));
    const parentIdOf = (r: ActivityRow) => (r.parentCode === null ? null : (ids.get(key(r.committeeCode, r.parentCode)) ?? null));
    const audit: AuditEntry[] = [];

    // new rows, parents before children whatever the order in the file (validation ruled out cycles)
    let pending = result.rows.filter((r) => !stored.has(key(r.committeeCode, r.code)));
    while (pending.length > 0) {
      const ready = pending.filter((r) => r.parentCode === null || ids.has(key(r.committeeCode, r.parentCode)));
      if (ready.length === 0) throw new AppError('internal', msg('organisation.import_cannot_order'));
      for (const r of ready) {
        const committee = required(committeeByCode.get(upper(r.committeeCode)), `nämnden ${r.committeeCode} (validerad)`);
        const row = await queryOne<{ id: number }>(
          tx,
          `insert into activity (committee_id, parent_id, code, name, is_subset, sort_order, valid_from, valid_to, source_note)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
          [committee.id, parentIdOf(r), r.code, r.name, r.isSubset, r.sortOrder, r.validFrom, r.validTo, r.sourceNote],
        );
        ids.set(key(r.committeeCode, r.code), row.id);
        const created = await getActivity(tx, row.id);
        audit.push({ entityType: 'activity', entityId: created.id, before: null, after: { ...created, committeeCode: committee.code } });
      }
      pending = pending.filter((r) => !ready.includes(r));
    }
    const inserted = audit.length;

    let unchanged = 0;
    for (const r of result.rows) {
      const current = stored.get(key(r.committeeCode, r.code));
      if (!current) continue;
      const next = {
        name: r.name,
        parent_id: parentIdOf(r),
        is_subset: r.isSubset,
        sort_order: r.sortOrder,
        valid_from: r.validFrom,
        valid_to: r.validTo,
        source_note: r.sourceNote,
      };
      const same =
        current.name === next.name &&
        current.parentId === next.parent_id &&
        current.isSubset === next.is_subset &&
        current.sortOrder === next.sort_order &&
        current.validFrom === next.valid_from &&
        current.validTo === next.valid_to &&
        current.sourceNote === next.source_note;
      if (same) {
        unchanged++;
        continue;
      }
      const { before, after } = await updateVersioned(tx, activityRow, current.id, current.version, next);
      audit.push({
        entityType: 'activity',
        entityId: current.id,
        before: { ...before, committeeCode: current.committeeCode },
        after: { ...after, committeeCode: current.committeeCode },
      });
    }
    return { result: { inserted, updated: audit.length - inserted, unchanged } satisfies ImportSummary, audit };
  },
});

/** Reads an uploaded file and runs the import as the given actor. */
export async function importOrganisationFile(db: Database, actor: Actor, filename: string, bytes: Uint8Array): Promise<ImportSummary> {
  const file = basename(filename.replace(/\\/g, '/'));
  const table = await readActivityTable(file, bytes);
  return execute(db, actor, importOrganisation, { file, table });
}
