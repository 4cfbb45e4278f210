import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/api.ts';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/connection.ts';
import { renderDocument } from './render/index.ts';
import type { RenderModel } from './model.ts';
import { sha256 } from './store.ts';
import { modelForPeriod } from './period.ts';
import { findIn, itemAt } from '../testing/must.ts';
import { queryOne } from '../db/rows.ts';

const t = useTestApp();
const controller = t.client('controller');
const reader = t.client('politiker');
let db: Database;
let app: FastifyInstance;

interface Detail {
  document: { id: number; version: number; status: string; number: number };
  sections: { id: number; sectionId: string; kind: string; version: number; previewHtml: string | null }[];
  findings: { key: string; sectionId: string; kind: string; acknowledgement: unknown }[];
  publication: { url: string; pdfUrl: string } | null;
}

beforeAll(() => {
  db = t.db;
  app = t.app;
});

const detail = async (id: number) => (await controller.get(`/api/documents/${id}`)).body as Detail;
let docId: number;

// One document's life, step by step: each test starts where the one before left it, so this story
// keeps its order even when the tests are shuffled.
describe('a committee document from draft to decision', { shuffle: false }, () => {
  it('is created from the template by a controller, not by a reader', async () => {
    expect((await reader.post('/api/committees/SON/documents', { type: 'internbudget', year: 2024 })).status).toBe(403);
    const res = await controller.post('/api/committees/SON/documents', { type: 'internbudget', year: 2024 });
    expect(res.status).toBe(201);
    docId = res.body.id;
    expect(res.body).toMatchObject({ title: 'Internbudget 2024', status: 'draft', number: 1 });
    expect((await controller.post('/api/committees/SON/documents', { type: 'internbudget', year: 2024 })).status).toBe(409);
    const d = await detail(docId);
    expect(d.sections.map((s) => s.sectionId)).toEqual([
      'inledning',
      'mal',
      'uppdrag',
      'ekonomi',
      'ekonomi-kommentar',
      'driftsammandrag',
      'atgardsplan',
    ]);
    expect(findIn(d.sections, (s) => s.sectionId === 'driftsammandrag').previewHtml).toContain('<caption>Driftsammandrag</caption>');
  });

  it('saves text with the version it saw; a stale version is 409 and a reader 403', async () => {
    const section = findIn((await detail(docId)).sections, (s) => s.sectionId === 'inledning');
    const body = { version: section.version, paragraphs: [{ type: 'p', text: 'Nämnden ansvarar för socialtjänsten.' }], note: 'Läs igen' };
    expect((await reader.request('PUT', `/api/document-sections/${section.id}/text`, body)).status).toBe(403);
    expect((await controller.request('PUT', `/api/document-sections/${section.id}/text`, body)).status).toBe(200);
    const again = await controller.request('PUT', `/api/document-sections/${section.id}/text`, body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('stale_version');
    const done = await controller.request('PUT', `/api/document-sections/${section.id}/status`, {
      version: section.version + 1,
      status: 'done',
    });
    expect(done.body).toMatchObject({ status: 'done', author: 'Demo Controller (controller)', note: 'Läs igen' });
  });

  it('reorders, adds and removes sections of a draft, keeping text with its section', async () => {
    const d = await detail(docId);
    const template = (await controller.get('/api/document-templates/internbudget')).body;
    const sections = [...template.sections].reverse();
    sections.push({ id: 'extra', title: 'Extra', kind: 'text', prompt: '' });
    const res = await controller.request('PUT', `/api/documents/${docId}/sections`, { version: d.document.version, sections });
    expect(res.status).toBe(200);
    let after = await detail(docId);
    expect(after.sections.map((s) => s.sectionId)[0]).toBe('atgardsplan');
    expect(itemAt(after.sections, -1).sectionId).toBe('extra');
    const back = await controller.request('PUT', `/api/documents/${docId}/sections`, {
      version: after.document.version,
      sections: template.sections,
    });
    expect(back.status).toBe(200);
    after = await detail(docId);
    expect(after.sections.map((s) => s.sectionId)).toHaveLength(7);
    expect(
      (await controller.request('PUT', `/api/documents/${docId}/sections`, { version: d.document.version, sections: template.sections }))
        .status,
    ).toBe(409);
  });

  it('refuses the decision while findings are open, and allows it once each is acknowledged', async () => {
    let d = await detail(docId);
    const decide = () =>
      controller.post(`/api/documents/${docId}/decide`, { version: d.document.version, decidedOn: '2024-01-25', decisionRef: '§ 12' });
    const refused = await decide();
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/kontroller är öppna/);
    expect(d.findings.some((f) => f.kind === 'control_total')).toBe(true);
    expect(
      (await reader.post(`/api/documents/${docId}/acknowledgements`, { findingKey: itemAt(d.findings, 0).key, reason: 'Känt' })).status,
    ).toBe(403);
    for (const f of d.findings) {
      const res = await controller.post(`/api/documents/${docId}/acknowledgements`, {
        findingKey: f.key,
        reason: 'Avvikelsen finns i referensdokumentet',
      });
      expect(res.status).toBe(200);
    }
    d = await detail(docId);
    expect(d.findings.every((f) => f.acknowledgement !== null)).toBe(true);
    const audit = await queryOne<{ n: number }>(
      db,
      `select count(*)::int as n from audit_event where command = 'document.acknowledge_finding'`,
    );
    expect(audit.n).toBe(d.findings.length);
    const decided = await decide();
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decided', decidedOn: '2024-01-25', decisionRef: '§ 12' });
  }, 60_000);

  it('is frozen in the database once decided', async () => {
    await expect(db.query(`update document_section set paragraphs = '[]' where document_id = $1`, [docId])).rejects.toThrow(/beslutad/);
    await expect(db.query(`delete from document_section where document_id = $1`, [docId])).rejects.toThrow(/beslutad/);
    await expect(db.query(`update document set title = 'x' where id = $1`, [docId])).rejects.toThrow(/beslutad/);
    await expect(db.query(`update document_version set decision_ref = 'x' where document_id = $1`, [docId])).rejects.toThrow(
      /kan inte ändras/,
    );
    const section = itemAt((await detail(docId)).sections, 0);
    const res = await controller.request('PUT', `/api/document-sections/${section.id}/status`, {
      version: section.version,
      status: 'draft',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('frozen');
  });

  it('re-renders the decided version from its frozen model to the same HTML and JSON, byte for byte', async () => {
    const v = await queryOne<{ render_model: string; html: Uint8Array; json: Uint8Array; hashes: Record<string, string> }>(
      db,
      'select render_model, html, json, hashes from document_version where document_id = $1',
      [docId],
    );
    const model = JSON.parse(v.render_model) as RenderModel;
    expect(model.decision).toEqual({ decidedOn: '2024-01-25', reference: '§ 12' });
    expect((await renderDocument(model, 'html')).equals(Buffer.from(v.html))).toBe(true);
    expect((await renderDocument(model, 'json')).equals(Buffer.from(v.json))).toBe(true);
    expect(sha256(Buffer.from(v.html))).toBe(v.hashes.html);
    const served = await app.inject({ method: 'GET', url: `/api/documents/${docId}/file/html`, headers: { cookie: controller.cookie } });
    expect(served.rawPayload.equals(Buffer.from(v.html))).toBe(true);
    const pdf = await app.inject({ method: 'GET', url: `/api/documents/${docId}/file/pdf`, headers: { cookie: controller.cookie } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(sha256(pdf.rawPayload)).toBe(v.hashes.pdf);
  });

  it('makes a new version from the decided one, and compares the two', async () => {
    const created = await controller.post(`/api/documents/${docId}/new-version`, {});
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', number: 2, previousId: docId });
    expect((await controller.post(`/api/documents/${docId}/new-version`, {})).status).toBe(409);
    const v2 = await detail(created.body.id);
    const intro = findIn(v2.sections, (s) => s.sectionId === 'inledning');
    await controller.request('PUT', `/api/document-sections/${intro.id}/text`, {
      version: intro.version,
      paragraphs: [{ type: 'p', text: 'Ny inledning.' }],
    });
    const cmp = await controller.get(`/api/documents/${docId}/compare?with=${created.body.id}`);
    expect(cmp.status).toBe(200);
    expect(cmp.body.texts).toEqual([
      { sectionId: 'inledning', title: 'Inledning', before: 'Nämnden ansvarar för socialtjänsten.', after: 'Ny inledning.' },
    ]);
    expect(cmp.body.figures).toEqual([]);
    // the CLI renders the stored draft of the period
    const { model, source } = await modelForPeriod(db, { type: 'internbudget', committeeCode: 'SON', year: 2024, month: null });
    expect(source.kind).toBe('draft');
    expect(findIn(model.sections, (s) => s.id === 'inledning').blocks).toEqual([
      { kind: 'text', paragraphs: [{ type: 'p', text: 'Ny inledning.' }] },
    ]);
  });

  it('publishes a decided version at a stable public address; unpublished is 404', async () => {
    const d = await detail(docId);
    expect(d.publication).toBeNull();
    expect((await app.inject({ method: 'GET', url: '/publicerat/SON/internbudget-2024-v1' })).statusCode).toBe(404);
    expect((await reader.post(`/api/documents/${docId}/publish`, {})).status).toBe(403);
    const res = await controller.post(`/api/documents/${docId}/publish`, {});
    expect(res.body).toEqual({ url: '/publicerat/SON/internbudget-2024-v1', pdfUrl: '/publicerat/SON/internbudget-2024-v1.pdf' });
    const page = await app.inject({ method: 'GET', url: res.body.url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Internbudget 2024 – ');
    expect(page.body).toContain('href="internbudget-2024-v1.pdf"');
    const pdf = await app.inject({ method: 'GET', url: res.body.pdfUrl });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const draft = (await controller.get('/api/committees/SON/documents')).body.find((x: { number: number }) => x.number === 2);
    expect((await controller.post(`/api/documents/${draft.id}/publish`, {})).status).toBe(400);
  });
});
