import type { Queryable } from '../../db/connection.ts';
import type { LedgerImportSummary, LedgerMapping } from './model.ts';

const mappingColumns = `m.id, m.committee_id as "committeeId", m.cost_centre as "costCentre", m.activity_code as "activityCode",
  m.account_from as "accountFrom", m.account_to as "accountTo", m.activity_id as "activityId", m.priority, m.version,
  a.code as activity, a.name as "activityName"`;

export function listMappings(db: Queryable, committeeId: number): Promise<LedgerMapping[]> {
  return db.query<LedgerMapping>(
    `select ${mappingColumns} from ledger_mapping m join activity a on a.id = m.activity_id
     where m.committee_id = $1 order by a.sort_order, m.cost_centre nulls first, m.activity_code nulls first, m.account_from nulls first, m.id`,
    [committeeId],
  );
}

export async function getMapping(db: Queryable, id: number): Promise<LedgerMapping | null> {
  const [m] = await db.query<LedgerMapping>(
    `select ${mappingColumns} from ledger_mapping m join activity a on a.id = m.activity_id where m.id = $1`,
    [id],
  );
  return m ?? null;
}

export function listImports(db: Queryable, committeeId: number, year?: number): Promise<LedgerImportSummary[]> {
  return db.query<LedgerImportSummary>(
    `select id, file_name as "fileName", year, months, row_count as "rowCount", total_amount as "totalAmount",
       imported_at as "importedAt", actor_name as "actorName"
     from ledger_import where committee_id = $1 and ($2::int is null or year = $2) order by imported_at desc, id desc`,
    [committeeId, year ?? null],
  );
}
