import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { verifyAuditChain } from '../modules/audit/queries.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// Raw inserts on purpose: the chain is kept by the database's own triggers, whoever writes the row.
it('chains events written by concurrent transactions one after the other', async () => {
  const before = (await verifyAuditChain(t.db)).events;
  // Each transaction writes two events and yields between them, so on PostgreSQL they interleave.
  await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      t.db.transaction(async (tx) => {
        await tx.query(
          `insert into audit_event (actor_name, command, entity_type, entity_id) values ('test', 'test.concurrent', 'test', $1)`,
          [`${i}a`],
        );
        await new Promise((r) => setTimeout(r, 5));
        await tx.query(
          `insert into audit_event (actor_name, command, entity_type, entity_id) values ('test', 'test.concurrent', 'test', $1)`,
          [`${i}b`],
        );
      }),
    ),
  );
  const report = await verifyAuditChain(t.db);
  expect(report.problem).toBeNull();
  expect(report.events).toBe(before + 24);
  const seqs = await t.db.query<{ seq: number }>('select chain_seq as seq from audit_event order by chain_seq');
  expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: before + 24 }, (_, i) => i + 1));
});

it('keeps the chain whole when a transaction that wrote an event rolls back', async () => {
  await expect(
    t.db.transaction(async (tx) => {
      await tx.query(`insert into audit_event (actor_name, command, entity_type) values ('test', 'test.rollback', 'test')`);
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  await t.db.query(`insert into audit_event (actor_name, command, entity_type) values ('test', 'test.after', 'test')`);
  expect((await verifyAuditChain(t.db)).problem).toBeNull();
});

it('refuses TRUNCATE of the log and of decided records', async () => {
  await expect(t.db.query('truncate audit_event')).rejects.toThrow(/kan inte tömmas|permission denied/);
  await expect(t.db.query('truncate budget_version cascade')).rejects.toThrow(/kan inte tömmas|permission denied/);
});
