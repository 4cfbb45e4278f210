import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations } from './browser.ts';
import { useBrowserSession } from './setup.ts';

const session = useBrowserSession();
let page: Page;
let editorUrl = '';

beforeAll(async () => {
  page = await session.signedInPage('controller');
});

const noSerious = async (p: Page) =>
  expect((await seriousViolations(p)).map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3))}`)).toEqual([]);

describe('committee documents in the browser', () => {
  it("lists the committee's documents and creates an internal budget for 2024 from the template", async () => {
    await page.goto('/namnd/SON/handlingar');
    await page.getByRole('heading', { level: 1, name: /Handlingar – / }).waitFor();
    await noSerious(page);
    await page.getByLabel('Typ av handling').selectOption('internbudget');
    // the year defaults to the committee's newest budget year, not the calendar year
    await expect.poll(() => page.getByLabel('År', { exact: true }).inputValue()).toBe('2024');
    await page.getByRole('button', { name: 'Skapa handling' }).click();
    await page.getByRole('heading', { level: 1, name: /Internbudget 2024 – / }).waitFor();
    editorUrl = new URL(page.url()).pathname;
    await expect(
      page.getByRole('region', { name: 'Förhandsvisning: Driftsammandrag' }).getByRole('table', { name: 'Driftsammandrag' }).isVisible(),
    ).resolves.toBe(true);
  });

  it('writes a text section and marks it done', async () => {
    const section = page.locator('#sektion-inledning');
    await section.getByLabel('Text: Inledning').fill('Socialnämnden ansvarar för socialtjänsten.\n\n- Barn och unga\n- Vuxna');
    await section.getByRole('button', { name: 'Spara text' }).click();
    await page.getByRole('status').filter({ hasText: 'Texten "Inledning" sparades.' }).waitFor();
    await section.getByRole('button', { name: 'Markera som klar' }).click();
    await section.getByRole('button', { name: 'Markera som utkast' }).waitFor();
    await screenshot(page, 'documents-editor');
    await noSerious(page);
  });

  it('shows the findings, with links to their places, and acknowledges each with a reason', async () => {
    const panel = page.getByRole('region', { name: 'Kontroller' });
    await expect(panel.getByRole('link', { name: 'Driftsammandrag' }).first().getAttribute('href')).resolves.toBe(
      '#sektion-driftsammandrag',
    );
    await expect(page.getByRole('button', { name: 'Besluta handlingen' }).isDisabled()).resolves.toBe(true);
    for (;;) {
      const reason = panel.getByRole('textbox').first();
      if ((await reason.count()) === 0) break;
      const before = await panel.getByRole('textbox').count();
      await reason.fill('Känd avvikelse i referensdokumentet');
      await panel
        .getByRole('button', { name: /^Kvittera/ })
        .first()
        .click();
      await expect.poll(() => panel.getByRole('textbox').count()).toBe(before - 1);
    }
    await page.getByText(/^0 öppna av \d+ kontroller\.$/).waitFor();
    await screenshot(page, 'documents-findings');
  });

  it('decides the document with date and §, after a confirmation, and downloads the frozen PDF', async () => {
    await page.getByLabel('Beslutsdatum').fill('2024-01-25');
    await page.getByLabel('Paragraf (§)').fill('§ 12');
    await page.getByRole('button', { name: 'Besluta handlingen' }).click();
    await page.getByRole('button', { name: 'Ja, besluta' }).click();
    await page.getByText('Beslutad 2024-01-25, § 12. Handlingen är fryst; siffror och text kan inte ändras.').waitFor({ timeout: 60_000 });
    await expect(page.getByLabel('Text: Inledning').count()).resolves.toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner handlingen som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('SON-internbudget-2024-v1.pdf');
    const bytes = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(bytes).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('publishes the decided version; the public page works without sign-in', async () => {
    await page.getByRole('button', { name: 'Publicera' }).click();
    const link = page.getByRole('link', { name: /\/publicerat\/SON\/internbudget-2024-v1$/ });
    await link.waitFor();
    await screenshot(page, 'documents-decided');
    await noSerious(page);
    const anonymous = await session.newPage();
    const res = await anonymous.goto('/publicerat/SON/internbudget-2024-v1');
    expect(res?.status()).toBe(200);
    await anonymous.getByRole('heading', { level: 1, name: /Internbudget 2024/ }).waitFor();
    await anonymous.getByText('Beslutad 2024-01-25, § 12').first().waitFor();
    const pdf = await anonymous.request.get('/publicerat/SON/internbudget-2024-v1.pdf');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await screenshot(anonymous, 'documents-public');
    await noSerious(anonymous);
    expect((await anonymous.goto('/publicerat/SON/internbudget-2025-v1'))?.status()).toBe(404);
  });

  it('makes a new version and compares it with the decided one', async () => {
    await page.goto(editorUrl);
    await page.getByRole('button', { name: 'Gör en ny version' }).click();
    await page.getByText('Internbudget · 2024 · version 2').waitFor();
    const section = page.locator('#sektion-inledning');
    await section.getByLabel('Text: Inledning').fill('Ny inledning.');
    await section.getByRole('button', { name: 'Spara text' }).click();
    await page.getByRole('status').filter({ hasText: 'sparades' }).waitFor();
    await page.getByRole('link', { name: 'Jämför med version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jämförelse: version 1 och 2' }).waitFor();
    await page.getByText('Ny inledning.').waitFor();
    await screenshot(page, 'documents-compare');
    await noSerious(page);
    await page.goto('/namnd/SON/handlingar');
    await page.getByRole('table', { name: 'Nämndens handlingar' }).waitFor();
    await screenshot(page, 'documents-list');
  });

  it('withdraws the publication with a reason; the public address then says so with 410', async () => {
    await page.goto(editorUrl);
    await page.getByRole('button', { name: 'Återkalla publiceringen' }).click();
    await page.getByLabel('Skäl (visas på den publika adressen)').fill('Fel bilaga publicerades; en rättad version kommer.');
    await screenshot(page, 'documents-withdraw');
    await noSerious(page);
    await page.getByRole('button', { name: 'Återkalla', exact: true }).click();
    await page.getByText(/^Publiceringen återkallades .* Skäl: Fel bilaga publicerades; en rättad version kommer\.$/).waitFor();
    const anonymous = await session.newPage();
    expect((await anonymous.goto('/publicerat/SON/internbudget-2024-v1'))?.status()).toBe(410);
    await anonymous.getByRole('heading', { level: 1, name: 'Publiceringen är återkallad' }).waitFor();
    await anonymous.getByText('Fel bilaga publicerades; en rättad version kommer.').waitFor();
    await screenshot(anonymous, 'documents-withdrawn');
    await noSerious(anonymous);
  });
});
