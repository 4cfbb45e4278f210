import { systemActor, type Role } from '../core/actor.ts';
import type { IsoDate } from '../core/dates.ts';
import { execute } from '../db/command.ts';
import type { Database } from '../db/connection.ts';
import { grantCommittees, hashPassword, insertLocalUser } from '../modules/auth/store.ts';
import { importLedgerCommand } from '../modules/ledger/commands.ts';
import { createActivity } from '../modules/organisation/commands.ts';
import type { Administration, Committee } from '../modules/organisation/model.ts';
import {
  getCommitteeByCode,
  insertAdministration,
  insertCommittee,
  insertMunicipality,
  listActivities,
} from '../modules/organisation/store.ts';

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

/** A municipality of its own, beside or instead of the demo's. */
export function seedMunicipality(db: Database, input: { code?: string; name?: string } = {}): Promise<{ code: string; name: string }> {
  return insertMunicipality(db, { code: input.code ?? '9999', name: input.name ?? 'Provkommun' });
}

export interface SeedActivity {
  code: string;
  name?: string;
  /** The code of the parent activity, listed before it. */
  parent?: string;
}

/**
 * A committee with its own administration and activity tree, all valid from `validFrom`; the
 * activities are made by the product's own command, so they pass its placement checks.
 */
export async function seedCommittee(
  db: Database,
  input: {
    municipalityCode: string;
    code: string;
    name?: string;
    administration?: { code: string; name?: string };
    validFrom?: IsoDate;
    activities?: SeedActivity[];
  },
): Promise<{ committee: Committee; administration: Administration; activityId: (code: string) => number }> {
  const validFrom = input.validFrom ?? '2024-01-01';
  const administration = await insertAdministration(db, {
    municipalityCode: input.municipalityCode,
    code: input.administration?.code ?? `${input.code}-F`,
    name: input.administration?.name ?? `Förvaltningen för ${input.code}`,
    validFrom,
  });
  const committee = await insertCommittee(db, {
    municipalityCode: input.municipalityCode,
    code: input.code,
    name: input.name ?? `Nämnden ${input.code}`,
    administrationId: administration.id,
    validFrom,
  });
  const ids = new Map<string, number>();
  for (const [sortOrder, a] of (input.activities ?? []).entries()) {
    const parentId = a.parent === undefined ? null : (ids.get(a.parent) ?? null);
    if (a.parent !== undefined && parentId === null) throw new Error(`${a.code}: list its parent ${a.parent} before it`);
    const created = await execute(db, seeder, createActivity, {
      committeeCode: input.code,
      parentId,
      code: a.code,
      name: a.name ?? a.code,
      sortOrder,
      validFrom,
    });
    ids.set(a.code, created.id);
  }
  return { committee, administration, activityId: await activityIds(db, input.code) };
}

/**
 * A local account with a role and, for a controller, the committees it may write in; the
 * password passes the policy, so the account can sign in with it.
 */
export async function seedUser(
  db: Database,
  input: { username: string; role: Role; displayName?: string; password?: string; committees?: string[] },
): Promise<{ id: number; username: string; password: string }> {
  const password = input.password ?? SEED_PASSWORD;
  const id = await insertLocalUser(db, {
    username: input.username,
    displayName: input.displayName ?? `Test ${input.username}`,
    role: input.role,
    passwordHash: await hashPassword(password),
  });
  const committeeIds = await Promise.all((input.committees ?? []).map(async (code) => (await getCommitteeByCode(db, code)).id));
  await grantCommittees(db, id, committeeIds);
  return { id, username: input.username, password };
}

/** The password seedUser gives unless told: not a demo password, and long enough for the policy. */
export const SEED_PASSWORD = 'Testkonto-lösenord-2026';
