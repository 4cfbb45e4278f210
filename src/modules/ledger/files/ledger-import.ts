import type { Readable } from 'node:stream';
import type { Actor } from '../../../core/actor.ts';
import { AppError, importFailed } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { execute } from '../../../db/command.ts';
import type { Database } from '../../../db/connection.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import { runInWorker, taskModule, type WorkerLimits } from '../../../files/parse-worker-pool.ts';
import { importLedgerCommand } from '../commands.ts';
import type { aggregateLedgerFile } from './parse-task.ts';
import type { LedgerFileFormat } from './ledger-reader.ts';
import type { LedgerImportResult } from '../model.ts';
import { listMappings } from '../store.ts';

export interface LedgerImportRequest {
  committeeCode: string;
  year: number;
  fileName: string;
  source: Readable;
  format?: LedgerFileFormat;
}

const aggregateTask = { module: taskModule('./parse-task', import.meta.url), name: 'aggregateLedgerFile' };
/** The sums of distinct keys may take some room; the clock starts when the whole file has arrived. */
const LEDGER_WORKER_LIMITS: WorkerLimits = { memoryMb: 1024, timeoutMs: 300_000 };

/**
 * Imports a ledger file for one committee and year. The file is streamed (to a worker thread) and checked row by row
 * against the committee's mapping rules while the rows are summed per activity, month and
 * account; only when every row is valid does one `ledger.import` command replace the months the
 * file covers. Any problem throws `importFailed` naming file, row, column and reason (at most 50),
 * and nothing in the database changes.
 *
 * Rounding: amounts are summed exactly in öre and each aggregate is rounded once to whole kronor,
 * half away from zero; the import's total is the sum of the rounded aggregates.
 */
export async function importLedger(db: Database, actor: Actor, request: LedgerImportRequest): Promise<LedgerImportResult> {
  if (!Number.isInteger(request.year) || request.year < 1990 || request.year > 2100) {
    request.source.destroy();
    throw new AppError('validation', msg('ledger.give_year'), { fields: [{ field: 'year', message: msg('ledger.field_invalid_year') }] });
  }
  let committee;
  try {
    committee = await getCommitteeByCode(db, request.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
  } catch (err) {
    request.source.destroy();
    throw err;
  }
  const rules = await listMappings(db, committee.id);
  const { issues, result } = await runInWorker<Awaited<ReturnType<typeof aggregateLedgerFile>>>(
    aggregateTask,
    request.fileName,
    [request.fileName, request.year, rules, request.format],
    request.source,
    LEDGER_WORKER_LIMITS,
  );
  if (!result) throw importFailed(issues);
  return execute(db, actor, importLedgerCommand, {
    committeeId: committee.id,
    year: request.year,
    fileName: request.fileName,
    rowCount: result.rowCount,
    months: result.months,
    total: result.total,
    outcomes: result.outcomes,
  });
}
