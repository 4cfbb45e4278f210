import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { must } from '../src/testing/must.ts';
import { freshDatabase, runCli, type RunningServer } from '../src/testing/server.ts';
import { decideInternalBudget, prepareSecuredDemo } from './support.ts';

type Fresh = Awaited<ReturnType<typeof freshDatabase>>;

/** What must survive a round trip: rows per table, the decided files' sha256, and the chain's head. */
async function fingerprint(database: RunningServer['database']) {
  const db = await connect(database.kind === 'pglite' ? { dataDir: database.dataDir } : { databaseUrl: database.ownerUrl ?? database.url });
  try {
    const tables = await db.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = (await queryOne<{ n: number }>(db, `select count(*)::int as n from "${name}"`)).n;
    const files = await db.query<{
      id: number;
      html: string;
      json: string;
      pdf: string;
      docx: string;
      xlsx: string;
      hashes: Record<string, string>;
    }>(
      `select id, encode(sha256(html), 'hex') as html, encode(sha256(json), 'hex') as json, encode(sha256(pdf), 'hex') as pdf,
         encode(sha256(docx), 'hex') as docx, encode(sha256(xlsx), 'hex') as xlsx, hashes from document_version order by id`,
    );
    const [head] = await db.query<{ seq: number; hash: string }>('select seq, hash from audit_chain_head');
    return { counts, files, head };
  } finally {
    await db.close();
  }
}

// Steps of one restore, in order: the second restores over the target the first filled.
describe('styrbord backup and restore', { shuffle: false }, () => {
  let source: Fresh | undefined;
  let target: Fresh | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'styrbord-backup-'));
  const file = join(dir, 'styrbord.backup');
  beforeAll(async () => {
    const created = await freshDatabase();
    source = created;
    await prepareSecuredDemo(created.database, (...args) => runCli(created.database, args));
    await decideInternalBudget(created.database);
    target = await freshDatabase();
  }, 240_000);
  const sourceDatabase = () => must(source, 'the source database beforeAll creates').database;
  const targetDatabase = () => must(target, 'the target database beforeAll creates').database;
  afterAll(async () => {
    await source?.remove();
    await target?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips: the same rows per table, the same decided bytes, and a whole audit chain', async () => {
    const backup = await runCli(sourceDatabase(), ['backup', '--out', file]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const restored = await runCli(targetDatabase(), ['restore', file]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Ändringsloggen är obruten/);

    const before = await fingerprint(sourceDatabase());
    const after = await fingerprint(targetDatabase());
    expect(Object.keys(before.counts).length).toBeGreaterThan(40);
    expect(before.counts.document_version).toBe(1);
    expect(after.counts).toEqual(before.counts);
    expect(after.files).toEqual(before.files);
    for (const f of after.files) expect(f.hashes).toEqual({ html: f.html, json: f.json, pdf: f.pdf, docx: f.docx, xlsx: f.xlsx });
    expect(after.head).toEqual(before.head);

    const verified = await runCli(targetDatabase(), ['audit', 'verify']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(must(before.head, 'the audit chain head').hash);
  });

  it('will not restore over a database that has data, unless forced', async () => {
    const refused = await runCli(targetDatabase(), ['restore', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--force/);
    const forced = await runCli(targetDatabase(), ['restore', file, '--force']);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
  });

  it('refuses a file that is no backup', async () => {
    const notBackup = await runCli(targetDatabase(), ['restore', join(process.cwd(), 'package.json'), '--force']);
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toMatch(/ingen säkerhetskopia/);
  });
});
