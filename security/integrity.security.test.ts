import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connection.ts';
import { lockPath } from '../src/db/lock.ts';
import { queryOne } from '../src/db/rows.ts';
import { testTarget } from '../src/testing/database.ts';
import { must } from '../src/testing/must.ts';
import { freshDatabase, HttpClient, runCli, startServer, type RunningServer } from '../src/testing/server.ts';
import { asIntruder, decideInternalBudget, prepareSecuredDemo, TEST_PASSWORD, users } from './support.ts';

const onPostgres = testTarget() === 'postgresql' ? describe : describe.skip;
const onPglite = testTarget() === 'pglite' ? describe : describe.skip;

/** A database with the demo, and no server: on PGlite the CLI and the intruder need the folder to themselves. */
function useDatabase() {
  let fresh: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  beforeAll(async () => {
    const created = await freshDatabase();
    fresh = created;
    await prepareSecuredDemo(created.database, (...args) => runCli(created.database, args));
  });
  afterAll(async () => {
    await fresh?.remove();
  });
  return () => {
    if (!fresh) throw new Error('beforeAll has not run');
    return fresh.database;
  };
}

onPostgres('the runtime role on PostgreSQL', () => {
  const database = useDatabase();
  const runtime = async <T>(fn: (db: Awaited<ReturnType<typeof connect>>) => Promise<T>) => {
    const db = await connect({ databaseUrl: (database() as { url: string }).url });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };

  it('cannot empty, rewrite or unfreeze the audit log, its triggers or the schema', async () => {
    await runtime(async (db) => {
      expect((await queryOne<{ name: string }>(db, 'select current_user as name')).name).not.toBe('postgres');
      await expect(db.query('truncate audit_event')).rejects.toThrow(/permission denied/);
      await expect(db.query("update audit_event set actor_name = 'x'")).rejects.toThrow(/permission denied/);
      await expect(db.query('delete from audit_event')).rejects.toThrow(/permission denied/);
      await expect(db.query('alter table audit_event disable trigger audit_event_no_update')).rejects.toThrow(/must be owner/);
      await expect(db.query('alter table budget_version disable trigger all')).rejects.toThrow(/must be owner/);
      await expect(db.query('drop trigger audit_event_chain on audit_event')).rejects.toThrow(/must be owner/);
      await expect(db.query('drop trigger document_version_no_update on document_version')).rejects.toThrow(/must be owner/);
      await expect(db.query('set session_replication_role = replica')).rejects.toThrow(/permission denied/);
      await expect(db.query('create table intruder (id integer)')).rejects.toThrow(/permission denied/);
      await expect(db.query('update audit_chain_head set seq = 0')).rejects.toThrow(/permission denied/);
      await expect(db.query('truncate document_version')).rejects.toThrow(/permission denied/);
    });
  });

  it('still appends to the log, and each new event is chained', async () => {
    await runtime(async (db) => {
      const row = await queryOne<{ prev_hash: string; hash: string }>(
        db,
        `insert into audit_event (actor_name, command, entity_type) values ('test', 'test.append', 'test') returning prev_hash, hash`,
      );
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    });
    expect((await runCli(database(), ['audit', 'verify'])).code).toBe(0);
  });

  it('the owner migrates; even the owner cannot TRUNCATE a frozen or audit table', async () => {
    const migrated = await runCli(database(), ['migrate']);
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/Schemat är redan aktuellt|Körde \d+ migrering/);
    const owner = await connect({ databaseUrl: (database() as { ownerUrl: string }).ownerUrl });
    try {
      await expect(owner.query('truncate audit_event')).rejects.toThrow(/kan inte tömmas/);
      await expect(owner.query('truncate document_version cascade')).rejects.toThrow(/kan inte tömmas/);
    } finally {
      await owner.close();
    }
  });

  it('a server in production refuses to run as a role that owns the tables', async () => {
    const owner = { kind: 'postgresql' as const, url: (database() as { ownerUrl: string }).ownerUrl };
    await expect(startServer({ reuse: owner, args: ['--no-demo'], env: { STYRBORD_ENV: 'production' } })).rejects.toThrow(
      /superanvändare|äger tabellerna/,
    );
  });
});

// The intruder's raw SQL stays: tampering with the log from around the application is the point.
describe('the audit log’s hash chain', () => {
  const database = useDatabase();
  const verify = () => runCli(database(), ['audit', 'verify']);
  const middleEvent = async () =>
    asIntruder(
      database(),
      async (db) => (await queryOne<{ id: number }>(db, 'select id from audit_event order by chain_seq offset 2 limit 1')).id,
    );

  it('is whole after the demo load, and prints the head to note down', async () => {
    const ok = await verify();
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/obruten: \d+ händelser.*sha256 [0-9a-f]{64}/);
  });

  it('finds a changed event, naming it', async () => {
    const id = await middleEvent();
    const original = await asIntruder(database(), async (db) => {
      const row = await queryOne<{ actor_name: string }>(db, 'select actor_name from audit_event where id = $1', [id]);
      await db.query(`update audit_event set actor_name = 'Någon annan' where id = $1`, [id]);
      return row.actor_name;
    });
    const found = await verify();
    expect(found.code).toBe(1);
    expect(found.stderr).toContain(`Händelse #${id} har ändrats`);
    expect((await runCli(database(), ['check', '--committee', 'SON'])).stdout).toContain(`Ändringsloggen: Händelse #${id} har ändrats`);
    await asIntruder(database(), (db) => db.query('update audit_event set actor_name = $2 where id = $1', [id, original]));
    expect((await verify()).code).toBe(0);
  });

  it('finds a deleted event', async () => {
    const id = await middleEvent();
    const saved = await asIntruder(database(), async (db) => {
      const row = await queryOne<{ row: unknown }>(db, 'select row_to_json(e) as row from audit_event e where id = $1', [id]);
      await db.query('delete from audit_event where id = $1', [id]);
      return row.row;
    });
    const found = await verify();
    expect(found.code).toBe(1);
    expect(found.stderr).toMatch(/har tagits bort: kedjan är bruten vid händelse #\d+/);
    await asIntruder(database(), (db) =>
      db.query('insert into audit_event overriding system value select * from json_populate_record(null::audit_event, $1::json)', [
        JSON.stringify(saved),
      ]),
    );
    expect((await verify()).code).toBe(0);
  });

  it('finds an event inserted past the chain, even with a well-formed hash', async () => {
    const forged = await asIntruder(database(), async (db) => {
      const row = await queryOne<{ id: number }>(
        db,
        `insert into audit_event (actor_name, command, entity_type, chain_seq, prev_hash, hash)
         select 'admin', 'budget.decide', 'budget_version', h.seq + 1, h.hash, encode(sha256(convert_to(h.hash || 'forged', 'UTF8')), 'hex')
         from audit_chain_head h returning id`,
      );
      return row.id;
    });
    const found = await verify();
    expect(found.code).toBe(1);
    expect(found.stderr).toContain(`#${forged}`);
    await asIntruder(database(), (db) => db.query('delete from audit_event where id = $1', [forged]));
    expect((await verify()).code).toBe(0);
  });

  it('finds the newest events removed, through the chain head', async () => {
    const saved = await asIntruder(database(), async (db) => {
      const row = await queryOne<{ id: number; row: unknown }>(
        db,
        'select id, row_to_json(e) as row from audit_event e order by chain_seq desc limit 1',
      );
      await db.query('delete from audit_event where id = $1', [row.id]);
      return row.row;
    });
    const found = await verify();
    expect(found.code).toBe(1);
    expect(found.stderr).toMatch(/De senaste 1 händelserna .*har tagits bort/);
    await asIntruder(database(), (db) =>
      db.query('insert into audit_event overriding system value select * from json_populate_record(null::audit_event, $1::json)', [
        JSON.stringify(saved),
      ]),
    );
    expect((await verify()).code).toBe(0);
  });
});

describe('a decided file that no longer matches its sha256', () => {
  const database = useDatabase();
  let server: RunningServer | undefined;
  let documentId = 0;
  let publicUrl = '';
  afterAll(async () => {
    await server?.stop();
  });

  it('is served while it matches, refused and logged once tampered with, and found by styrbord check', async () => {
    documentId = await decideInternalBudget(database());
    server = await startServer({ reuse: database() });
    const controller = await HttpClient.signIn(server.url, users.controller, TEST_PASSWORD);
    const published = await controller.json('POST', `/api/documents/${documentId}/publish`, {});
    expect(published.status).toBe(200);
    publicUrl = (published.body as { url: string }).url;
    expect((await fetch(`${server.url}${publicUrl}`)).status).toBe(200);
    const auditor = await HttpClient.signIn(server.url, users.auditor, TEST_PASSWORD);
    expect((await auditor.json('GET', '/api/audit/verify')).body).toMatchObject({ problem: null });
    await server.stop();

    await asIntruder(database(), (db) =>
      db.query(
        `update document_version set html = convert_to('<html><header></header><p>Förfalskad</p></html>', 'UTF8'), pdf = pdf || '\\x00'::bytea where document_id = $1`,
        [documentId],
      ),
    );

    server = await startServer({ reuse: database() });
    const html = await fetch(`${server.url}${publicUrl}`);
    expect(html.status).toBe(409);
    const page = await html.text();
    expect(page).toContain('Filen stämmer inte med den beslutade versionen');
    expect(page).not.toContain('Förfalskad');
    expect((await fetch(`${server.url}${publicUrl}.pdf`)).status).toBe(409);
    const reader = await HttpClient.signIn(server.url, users.reader, TEST_PASSWORD);
    const download = await reader.json('GET', `/api/documents/${documentId}/file/pdf`);
    expect(download.status).toBe(409);
    expect(JSON.stringify(download.body)).toContain('stämmer inte med den beslutade versionen');
    expect((await reader.fetch(`/api/documents/${documentId}/file/docx`)).status).toBe(200);
    const auditor2 = await HttpClient.signIn(server.url, users.auditor, TEST_PASSWORD);
    const log = await auditor2.json('GET', '/api/audit?entityType=document_version');
    expect((log.body as { command: string }[]).filter((e) => e.command === 'document.file_mismatch').length).toBeGreaterThanOrEqual(3);
    await server.stop();
    server = undefined;

    const check = await runCli(database(), ['check', '--committee', 'SON']);
    expect(check.stdout).toMatch(/html-filen stämmer inte med den beslutade versionens sha256/);
    expect(check.stdout).toMatch(/pdf-filen stämmer inte/);
    expect(check.stdout).not.toMatch(/docx-filen/);
  }, 240_000);
});

onPglite('one writer per PGlite folder', () => {
  let first: RunningServer | undefined;
  let next: RunningServer | undefined;
  afterAll(async () => {
    await next?.stop();
    await first?.stop();
  });

  it('refuses a second server and the CLI while one runs, and takes over the lock of a SIGKILLed one', async () => {
    first = await startServer();
    const database = first.database as { kind: 'pglite'; dataDir: string };
    await expect(startServer({ reuse: database })).rejects.toThrow(/används redan av en annan Styrbord-process/);
    const cli = await runCli(database, ['audit', 'list']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/används redan/);
    expect(first.alive()).toBe(true);

    await first.kill('SIGKILL');
    expect(existsSync(lockPath(database.dataDir))).toBe(true);
    // The dead process's lock goes stale once nobody refreshes it; until then a start is refused.
    for (let attempt = 0; attempt < 30 && !next; attempt++) {
      try {
        next = await startServer({ reuse: database });
      } catch (err) {
        expect(String(err)).toMatch(/används redan/);
        await new Promise((r) => setTimeout(r, 2_000));
      }
    }
    const takenOver = must(next, 'a server that took over the lock');
    expect(takenOver.alive()).toBe(true);
    await takenOver.stop();
    next = undefined;
    const verified = await runCli(database, ['audit', 'verify']);
    expect(verified.code).toBe(0);
  }, 240_000);
});
