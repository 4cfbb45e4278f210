import { systemActor } from '../core/actor.ts';
import { execute } from '../db/command.ts';
import type { Database } from '../db/connection.ts';
import { importLedgerCommand } from '../modules/ledger/commands.ts';
import { getCommitteeByCode, listActivities } from '../modules/organisation/store.ts';

/**
 * Seed factories for database tests: they write through the product's own commands and stores,
 * never raw SQL, so a fixture passes the same checks and leaves the same audit trail as real use.
 */
const seeder = systemActor('test:seed');

/** A committee's activities, code → id (every activity it has had, whatever the date). */
export async function activityIds(db: Database, committeeCode: string): Promise<(code: string) => number> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const ids = new Map((await listActivities(db, committee.id, null)).map((a) => [a.code, a.id]));
  return (code) => {
    const found = ids.get(code);
    if (found === undefined) throw new Error(`${committeeCode} has no activity ${code}`);
    return found;
  };
}

export interface SeedOutcome {
  activity: string;
  month: number;
  account: string;
  /** Whole kronor, costs positive and income negative as in the ledger. */
  amount: number;
}

/**
 * Ledger outcome for a committee's year, as a ledger import does it: the outcome of `months`
 * (all twelve unless given) is replaced by `outcomes`.
 */
export async function seedLedger(
  db: Database,
  input: { committeeCode: string; year: number; months?: number[]; outcomes: SeedOutcome[] },
): Promise<void> {
  const committee = await getCommitteeByCode(db, input.committeeCode);
  const idOf = await activityIds(db, input.committeeCode);
  const months = input.months ?? Array.from({ length: 12 }, (_, i) => i + 1);
  await execute(db, seeder, importLedgerCommand, {
    committeeId: committee.id,
    year: input.year,
    fileName: 'test-seed.csv',
    rowCount: Math.max(1, input.outcomes.length),
    months,
    total: input.outcomes.reduce((sum, o) => sum + o.amount, 0),
    outcomes: input.outcomes.map((o) => ({ activityId: idOf(o.activity), month: o.month, account: o.account, amount: o.amount })),
  });
}
