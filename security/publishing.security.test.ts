import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSecuredServer, users } from './support.ts';
import { itemAt, must } from '../src/testing/must.ts';
import type { HttpClient } from '../src/testing/server.ts';

interface Detail {
  document: { id: number; version: number; status: string };
  findings: { key: string; acknowledgement: unknown }[];
  frozen: { hashes: Record<string, string> } | null;
  publication: { url: string; pdfUrl: string; withdrawal: { reason: string } | null } | null;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const body = (res: { body: unknown }) => res.body as { id: number; version: number; error?: { message: string } } & Record<string, unknown>;

/** A document of the period with every finding acknowledged by `preparer`: ready to decide. */
async function readyDocument(preparer: HttpClient, committee: string, year: number, month: number): Promise<Detail> {
  const created = await preparer.json('POST', `/api/committees/${committee}/documents`, { type: 'manadsrapport', year, month });
  expect(created.status).toBe(201);
  const id = body(created).id;
  const detail = (await preparer.json('GET', `/api/documents/${id}`)).body as Detail;
  for (const f of detail.findings.filter((x) => x.acknowledgement === null)) {
    expect(
      (await preparer.json('POST', `/api/documents/${id}/acknowledgements`, { findingKey: f.key, reason: 'Känt och förklarat' })).status,
    ).toBe(200);
  }
  return (await preparer.json('GET', `/api/documents/${id}`)).body as Detail;
}

interface Proc {
  pid: number;
  ppid: number;
  args: string[];
}

/** Every process now running, from /proc. */
function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(name), ppid, args: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0') });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** The Chromium processes started by the server (any depth), and among them the browsers: those the server started itself. */
function chromiumOf(serverPid: number): { all: Proc[]; browsers: Proc[] } {
  const procs = processes();
  const ours = new Set([serverPid]);
  for (let grown = true; grown;) {
    grown = false;
    for (const p of procs)
      if (ours.has(p.ppid) && !ours.has(p.pid)) {
        ours.add(p.pid);
        grown = true;
      }
  }
  // the browser binary itself, not its crash handler
  const all = procs.filter(
    (p) => p.pid !== serverPid && ours.has(p.pid) && /(^|\/)(chromium|chrome)$/.test(itemAt(p.args.join(' ').split(' '), 0)),
  );
  return { all, browsers: all.filter((p) => p.ppid === serverPid) };
}

const decision = (d: Detail, ref: string) => ({ version: d.document.version, decidedOn: '2024-11-20', decisionRef: ref });

describe('withdrawing a publication', () => {
  const ctx = useSecuredServer();

  it('answers 410 with date and reason at the public address, is audited, and leaves the decided version as it was', async () => {
    const controller = await ctx.signIn(users.controller);
    const d = await readyDocument(controller, 'SON', 2024, 10);
    const id = d.document.id;
    expect((await controller.json('POST', `/api/documents/${id}/decide`, decision(d, '§ 50'))).status).toBe(200);
    const published = await controller.json('POST', `/api/documents/${id}/publish`, {});
    expect(published.status).toBe(200);
    const { url, pdfUrl } = published.body as { url: string; pdfUrl: string };
    const anonymous = ctx.anonymous();
    expect((await anonymous.fetch(url)).status).toBe(200);
    const before = (await controller.json('GET', `/api/documents/${id}`)).body as Detail;
    const htmlBefore = Buffer.from(await (await controller.fetch(`/api/documents/${id}/file/html`)).arrayBuffer());

    const reader = await ctx.signIn(users.reader);
    expect((await reader.json('POST', `/api/documents/${id}/withdraw`, { reason: 'Fel bilaga' })).status).toBe(403);
    expect((await controller.json('POST', `/api/documents/${id}/withdraw`, { reason: ' ' })).status).toBe(400);
    const reason = 'Fel bilaga <b>publicerades</b>';
    const withdrawn = await controller.json('POST', `/api/documents/${id}/withdraw`, { reason });
    expect(withdrawn.status).toBe(200);
    expect((await controller.json('POST', `/api/documents/${id}/withdraw`, { reason })).status).toBe(409);

    const page = await anonymous.fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('Publiceringen är återkallad');
    expect(html).toContain('Fel bilaga &lt;b&gt;publicerades&lt;/b&gt;');
    // attribute names are case-insensitive in HTML; React writes dateTime
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/i);
    const json = await anonymous.json('GET', url);
    expect((await anonymous.fetch(url, { headers: { accept: 'application/json' } })).status).toBe(410);
    const api = await anonymous.fetch(url, { headers: { accept: 'application/json' } });
    expect(await api.json()).toMatchObject({ error: { code: 'withdrawn', reason } });
    expect(json.status).toBe(410);
    expect((await anonymous.fetch(pdfUrl)).status).toBe(410);
    // the same address cannot be published again
    expect((await controller.json('POST', `/api/documents/${id}/publish`, {})).status).toBe(409);

    const auditor = await ctx.signIn(users.auditor);
    const events = (await auditor.json('GET', `/api/audit?entityType=document_withdrawal&entityId=${id}`)).body as {
      command: string;
      actorName: string;
      after: { reason: string };
    }[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ command: 'document.withdraw', after: { reason } });

    const after = (await controller.json('GET', `/api/documents/${id}`)).body as Detail;
    expect({ ...after.document, withdrawnAt: null, withdrawnBy: null, withdrawalReason: null }).toEqual(before.document);
    expect(after.frozen).toEqual(before.frozen);
    expect(after.publication?.withdrawal?.reason).toBe(reason);
    const htmlAfter = Buffer.from(await (await controller.fetch(`/api/documents/${id}/file/html`)).arrayBuffer());
    expect(htmlAfter.equals(htmlBefore)).toBe(true);
    expect(sha256(htmlAfter)).toBe(must(before.frozen, 'the frozen files of the decided document').hashes.html);
  });
});

describe('PDF rendering is bounded', () => {
  const ctx = useSecuredServer();

  it('prints 8 parallel PDFs for a reader with one shared Chromium, and starts a new one after it is killed', async () => {
    const controller = await ctx.signIn(users.controller);
    const created = await controller.json('POST', '/api/committees/SON/documents', { type: 'manadsrapport', year: 2024, month: 7 });
    expect(created.status).toBe(201);
    const path = `/api/documents/${body(created).id}/file/pdf`;
    const reader = await ctx.signIn(users.reader);
    const pdf = async () => {
      const res = await reader.fetch(path);
      return {
        status: res.status,
        head: Buffer.from(await res.arrayBuffer())
          .subarray(0, 4)
          .toString(),
      };
    };

    const browsers = new Set<number>();
    let chromiumProcesses = 0;
    let done = false;
    const sampling = (async () => {
      while (!done) {
        const seen = chromiumOf(ctx.server.pid);
        for (const b of seen.browsers) browsers.add(b.pid);
        chromiumProcesses = Math.max(chromiumProcesses, seen.all.length);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const results = await Promise.all(Array.from({ length: 8 }, pdf));
    done = true;
    await sampling;
    expect(results).toEqual(Array.from({ length: 8 }, () => ({ status: 200, head: '%PDF' })));
    expect(browsers.size).toBe(1);
    // one browser with its zygotes, GPU, network and storage helpers and a renderer per open page;
    // a browser per download started 32
    expect(chromiumProcesses).toBeLessThanOrEqual(16);

    const browser = itemAt(chromiumOf(ctx.server.pid).browsers, 0, 'the shared Chromium');
    process.kill(browser.pid, 'SIGKILL');
    while (processes().some((p) => p.pid === browser.pid)) await new Promise((r) => setTimeout(r, 50));
    expect(await pdf()).toEqual({ status: 200, head: '%PDF' });
    const after = chromiumOf(ctx.server.pid).browsers;
    expect(after).toHaveLength(1);
    expect(itemAt(after, 0).pid).not.toBe(browser.pid);
    expect(ctx.server.alive()).toBe(true);
  });
});

describe('a full PDF queue', () => {
  // one page at a time and nobody waiting: the second of simultaneous downloads finds the queue full
  const ctx = useSecuredServer({ env: { STYRBORD_PDF_CONCURRENCY: '1', STYRBORD_PDF_QUEUE: '0' } });

  it('answers 503 with Retry-After and a Swedish message, never 500, and the server keeps printing', async () => {
    const controller = await ctx.signIn(users.controller);
    const created = await controller.json('POST', '/api/committees/SON/documents', { type: 'manadsrapport', year: 2024, month: 6 });
    const path = `/api/documents/${body(created).id}/file/pdf`;
    const reader = await ctx.signIn(users.reader);
    const responses = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const res = await reader.fetch(path);
        const bytes = Buffer.from(await res.arrayBuffer());
        return { status: res.status, retryAfter: res.headers.get('retry-after'), text: bytes.toString('utf8') };
      }),
    );
    expect(responses.map((r) => r.status).sort()).toContain(200);
    const busy = responses.filter((r) => r.status !== 200);
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) {
      expect(r.status).toBe(503);
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(JSON.parse(r.text)).toMatchObject({ error: { code: 'unavailable', message: expect.stringMatching(/^Servern är upptagen/) } });
    }
    expect((await reader.fetch(path)).status).toBe(200);
  });
});

describe('four eyes', () => {
  const ctx = useSecuredServer();

  const setFourEyes = async (client: HttpClient, on: boolean) => {
    const current = (await client.json('GET', '/api/municipalities/0580/settings')).body as { version: number };
    return client.json('PUT', '/api/municipalities/0580/settings/four-eyes', { fourEyes: on, version: current.version });
  };
  const refusedByFourEyes = (res: { status: number; body: unknown }) => {
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(body(res).error?.message).toMatch(
      /^Fyra ögon: (beslutet måste fattas|publiceringen måste göras) av någon annan än den som har förberett/,
    );
  };

  it('is an administrator’s setting', async () => {
    const controller = await ctx.signIn(users.controller);
    expect((await setFourEyes(controller, true)).status).toBe(403);
    const admin = await ctx.signIn(users.admin);
    const on = await setFourEyes(admin, true);
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ municipalityCode: '0580', fourEyes: true });
  });

  it('refuses the preparer and lets a second person decide a budget, an action plan, a goal set and a document, and publish it', async () => {
    const controller = await ctx.signIn(users.controller);
    const admin = await ctx.signIn(users.admin);
    expect((await setFourEyes(admin, true)).status).toBe(200);

    // budget: the controller drafts and fills it
    const tree = (await controller.json('GET', '/api/committees/SN')).body as { activities: { id: number }[] };
    const draft = body(
      await controller.json('POST', '/api/committees/SN/economy/versions', { budgetYear: 2026, title: 'Internbudget 2026' }),
    );
    expect(
      (
        await controller.json('PUT', `/api/budget-versions/${draft.id}/lines`, {
          activityId: itemAt(tree.activities, 0, 'an activity of SN').id,
          year: 2026,
          cost: 1_000_000,
          income: 0,
        })
      ).status,
    ).toBe(200);
    const budgetDecision = { version: draft.version, decidedOn: '2025-12-10', decisionRef: '§ 101' };
    refusedByFourEyes(await controller.json('POST', `/api/budget-versions/${draft.id}/decide`, budgetDecision));
    expect((await admin.json('POST', `/api/budget-versions/${draft.id}/decide`, budgetDecision)).status).toBe(200);

    // action plan: the controller writes the measure
    const plan = body(
      await controller.json('POST', '/api/committees/SN/action-plans', { title: 'Åtgärdsplan 2026', firstYear: 2026, lastYear: 2027 }),
    );
    const versionId = itemAt(plan.versions as { id: number }[], 0, 'the action plan’s first version').id;
    expect(
      (
        await controller.json('POST', `/api/action-plans/${plan.id}/versions/${versionId}/measures`, {
          code: 'F1',
          title: 'Färre externa placeringar',
          areaCode: 'boende',
          statusCode: 'nytt-forslag',
          effects: [{ year: 2026, kind: 'reduction', amountMin: 100_000 }],
        })
      ).status,
    ).toBe(201);
    const version = (
      (await controller.json('GET', `/api/action-plans/${plan.id}/versions/${versionId}`)).body as { version: { version: number } }
    ).version.version;
    const planDecision = { version, decidedOn: '2025-12-10', decisionRef: '§ 102' };
    refusedByFourEyes(await controller.json('POST', `/api/action-plans/${plan.id}/versions/${versionId}/decide`, planDecision));
    expect((await admin.json('POST', `/api/action-plans/${plan.id}/versions/${versionId}/decide`, planDecision)).status).toBe(200);

    // goal set: the controller adds a goal in force from 2028
    expect(
      (
        await controller.json('POST', '/api/committees/SN/goals', {
          code: 'SN-FYRA',
          title: 'Fyra ögon',
          goalAreaCode: 'EKONOMI',
          fromYear: 2028,
        })
      ).status,
    ).toBe(201);
    const goalDecision = { year: 2028, decidedOn: '2027-12-10', reason: 'Målsättning 2028' };
    refusedByFourEyes(await controller.json('POST', '/api/committees/SN/goal-sets/decide', goalDecision));
    expect((await admin.json('POST', '/api/committees/SN/goal-sets/decide', goalDecision)).status).toBe(200);

    // document: the controller prepares, the administrator decides and publishes
    const d = await readyDocument(controller, 'SON', 2024, 9);
    refusedByFourEyes(await controller.json('POST', `/api/documents/${d.document.id}/decide`, decision(d, '§ 103')));
    expect((await admin.json('POST', `/api/documents/${d.document.id}/decide`, decision(d, '§ 103'))).status).toBe(200);
    refusedByFourEyes(await controller.json('POST', `/api/documents/${d.document.id}/publish`, {}));
    expect((await admin.json('POST', `/api/documents/${d.document.id}/publish`, {})).status).toBe(200);
  });

  it('off, the preparer decides as before', async () => {
    const admin = await ctx.signIn(users.admin);
    expect((await setFourEyes(admin, false)).status).toBe(200);
    const controller = await ctx.signIn(users.controller);
    const tree = (await controller.json('GET', '/api/committees/SN')).body as { activities: { id: number }[] };
    const draft = body(
      await controller.json('POST', '/api/committees/SN/economy/versions', { budgetYear: 2027, title: 'Internbudget 2027' }),
    );
    expect(
      (
        await controller.json('PUT', `/api/budget-versions/${draft.id}/lines`, {
          activityId: itemAt(tree.activities, 0, 'an activity of SN').id,
          year: 2027,
          cost: 1_000_000,
          income: 0,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await controller.json('POST', `/api/budget-versions/${draft.id}/decide`, {
          version: draft.version,
          decidedOn: '2026-12-10',
          decisionRef: '§ 104',
        })
      ).status,
    ).toBe(200);
    const d = await readyDocument(controller, 'SON', 2024, 8);
    expect((await controller.json('POST', `/api/documents/${d.document.id}/decide`, decision(d, '§ 105'))).status).toBe(200);
    expect((await controller.json('POST', `/api/documents/${d.document.id}/publish`, {})).status).toBe(200);
  });
});
