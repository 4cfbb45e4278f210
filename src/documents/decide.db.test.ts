import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { systemActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { execute } from '../db/command.ts';
import { closeRenderers } from './render/index.ts';
import { createDocument, saveSectionText } from './commands.ts';
import { acknowledgeFinding, decideDocument, renderAll } from './decide.ts';
import { findingsWithAcknowledgements, getDocument, listAcknowledgements, listSections, liveModel, sha256 } from './store.ts';
import type { RenderModel } from './model.ts';
import { findIn, itemAt, must } from '../testing/must.ts';

let t: TestDatabase;
const actor = systemActor('test:förberedare');
const colleague = systemActor('test:kollega');

beforeAll(async () => {
  t = await createTestDatabase({ demo: true });
}, 120_000);
afterAll(async () => {
  await closeRenderers();
  await t.drop();
});

/** A draft of the month report with its first text written and every open finding acknowledged: ready to decide. */
async function readyDraft(month: number): Promise<number> {
  const doc = await execute(t.db, actor, createDocument, { committeeCode: 'SON', type: 'manadsrapport', year: 2024, month });
  const text = findIn(await listSections(t.db, doc.id), (s) => s.kind === 'text');
  await execute(t.db, actor, saveSectionText, {
    id: text.id,
    version: text.version,
    paragraphs: [{ type: 'p', text: 'Första lydelsen.' }],
  });
  const open = findingsWithAcknowledgements((await liveModel(t.db, doc)).findings, await listAcknowledgements(t.db, doc.id)).filter(
    (f) => f.acknowledgement === null,
  );
  for (const f of open) await execute(t.db, actor, acknowledgeFinding, { id: doc.id, findingKey: f.key, reason: 'Känt' });
  return doc.id;
}

const versions = (id: number) =>
  t.db.query<{ html: Uint8Array; pdf: Uint8Array; docx: Uint8Array; xlsx: Uint8Array; json: Uint8Array; hashes: Record<string, string> }>(
    'select html, pdf, docx, xlsx, json, hashes from document_version where document_id = $1',
    [id],
  );

describe('deciding renders the files before the short freezing transaction', () => {
  it('freezes exactly the bytes it rendered, rendered while other transactions could run', async () => {
    const id = await readyDraft(9);
    let rendered: Record<string, Buffer> = {};
    const decided = await decideDocument(
      t.db,
      actor,
      { id, version: (await getDocument(t.db, id)).version, decidedOn: '2024-10-20', decisionRef: '§ 40' },
      async (model: RenderModel) => {
        // a write of its own while the files are rendered: inside the decision's transaction this would wait for ever on PGlite
        await t.db.transaction((tx) => tx.query('select 1 from document where id = $1 for update', [id]));
        rendered = await renderAll(model);
        return rendered as Awaited<ReturnType<typeof renderAll>>;
      },
    );
    expect(decided.status).toBe('decided');
    const v = itemAt(await versions(id), 0, 'the decided version');
    for (const format of ['html', 'pdf', 'docx', 'xlsx', 'json'] as const) {
      const bytes = must(rendered[format], `the rendered ${format}`);
      expect(Buffer.from(v[format]).equals(bytes), format).toBe(true);
      expect(v.hashes[format]).toBe(sha256(bytes));
    }
    expect(must(rendered.pdf, 'the rendered pdf').subarray(0, 4).toString()).toBe('%PDF');
  }, 120_000);

  it('refuses with 409 and freezes nothing when the text changes while the files are rendered', async () => {
    const id = await readyDraft(8);
    const intro = findIn(await listSections(t.db, id), (s) => s.kind === 'text');
    const attempt = decideDocument(
      t.db,
      actor,
      { id, version: (await getDocument(t.db, id)).version, decidedOn: '2024-09-20', decisionRef: '§ 35' },
      async (model) => {
        await execute(t.db, colleague, saveSectionText, {
          id: intro.id,
          version: intro.version,
          paragraphs: [{ type: 'p', text: 'Ändrat medan filerna skapades.' }],
        });
        return renderAll(model);
      },
    );
    const err = await attempt.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(409);
    expect((err as AppError).message).toMatch(/ändrades medan filerna skapades/);
    expect((await getDocument(t.db, id)).status).toBe('draft');
    expect(await versions(id)).toHaveLength(0);
  }, 120_000);
});
