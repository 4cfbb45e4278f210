import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { must, sheetNamed } from '../src/testing/must.ts';
import { screenshot, seriousViolations } from './browser.ts';
import { useBrowserSession } from './setup.ts';

const { signedInPage } = useBrowserSession();
const files = mkdtempSync(join(tmpdir(), 'styrbord-e2e-ap-'));

afterAll(() => rmSync(files, { recursive: true, force: true }));

/** One h1 and no serious or critical axe findings. */
async function accessible(page: Page): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
}

const rowOf = (page: Page, table: ReturnType<Page['getByRole']>, name: string | RegExp) =>
  table.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: typeof name === 'string' }) });

describe('action plans', () => {
  it('shows SON’s plan 2023 with its summary and checks, revises it, edits an effect and compares the versions', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/atgardsplaner');
    const list = page.getByRole('table', { name: /Åtgärdsplaner \(1 st\)/ });
    await list.waitFor();
    expect(await list.textContent()).toContain('2023–2026');
    await accessible(page);
    await screenshot(page, 'action-plan-list');

    await list.getByRole('link', { name: 'Åtgärdsplan 2023' }).click();
    const summary = page.getByRole('table', { name: 'Kostnadsreducering per område och år (mnkr)' });
    await summary.waitFor();
    const boende = rowOf(page, summary, 'Boende och boendeformer');
    expect((await boende.locator('td').allTextContents()).slice(0, 2)).toEqual(['2', '37,0']);
    const total = rowOf(page, summary, 'Totalt');
    expect(await total.locator('td').nth(1).textContent()).toBe('55,4');
    for (const area of ['Förändring av riktlinjer', 'Icke lagstadgad verksamhet', 'Upphandling'])
      await rowOf(page, summary, area).waitFor();
    await page.getByText(/Intervall räknas med mittvärdet/).waitFor();
    await rowOf(page, page.getByRole('table', { name: /Genomförandekostnad och nettoeffekt per område/ }), 'Totalt').waitFor();

    const checks = page.getByRole('table', { name: 'Avvikelser i planen (mnkr)' });
    await checks.waitFor();
    const checkText = await checks.textContent();
    expect(checkText).toContain('tryckt summan, helårseffekt (54,80\u00a0mnkr) stämmer inte med åtgärdernas summa (55,36\u00a0mnkr)');
    expect(checkText).toContain('Icke lagstadgad verksamhet: helårseffekten 8,88\u00a0mnkr skiljer sig från effekten 2026');
    await page.getByRole('table', { name: /Åtgärder i Åtgärdsplan 2023 och framåt/ }).waitFor();
    await accessible(page);
    await screenshot(page, 'action-plan-plan');

    // revise, then edit B1's effect 2026 in the draft
    await page.getByLabel('Skäl till revideringen').fill('Boendeöversynen ger mer 2026');
    await page.getByRole('button', { name: 'Skapa revidering' }).click();
    await page
      .getByRole('status')
      .getByText(/Revidering skapad/)
      .waitFor();
    await page.getByText('Reviderar version 1. Skäl: Boendeöversynen ger mer 2026').waitFor();
    await page.getByRole('button', { name: 'Ändra åtgärd B1' }).click();
    await page.getByLabel('Reducering min 2026, B1').fill('40');
    await accessible(page);
    await screenshot(page, 'action-plan-edit');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Sparat: åtgärd B1').waitFor();
    const measures = page.getByRole('table', { name: /Åtgärder i Åtgärdsplan 2023, revidering 1/ });
    await rowOf(page, measures, 'Översyn av bostad med särskild service (LSS och SoL)').getByText('40,0').waitFor();

    await page.getByRole('link', { name: 'Jämför versioner' }).click();
    const compare = page.getByRole('table', { name: /Version 2 jämförd med version 1/ });
    await compare.waitFor();
    const b1 = rowOf(page, compare, /^B1 /);
    const cells = await b1.locator('td').allTextContents();
    expect(cells[0]).toBe('ändrad');
    expect(cells.at(-1)).toBe('+3,0');
    // only the effect changed; everything else was copied as it was
    expect(cells[1]).toBe('effekter');
    expect(await compare.getByRole('cell', { name: 'ny', exact: true }).count()).toBe(0);
    expect(await compare.getByRole('cell', { name: 'ändrad', exact: true }).count()).toBe(1);
    await accessible(page);
    await screenshot(page, 'action-plan-compare');
  });

  it('refuses an uploaded template with a bad row and names file, row, column and reason', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/atgardsplaner');
    await page.getByRole('link', { name: 'Åtgärdsplan 2023' }).click();
    // the decided version governs; the draft is one choice away
    await page.getByRole('link', { name: /Visa utkastet version 2/ }).click();
    await page.getByText('Utkast: åtgärderna kan ändras tills versionen beslutas.').waitFor();
    const href = await page.getByRole('link', { name: /Ladda ner ifylld mall för Version 2/ }).getAttribute('href');
    const response = await page.request.get(must(href, 'the template link’s href'));
    expect(response.ok()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    sheetNamed(workbook, 'Effekter').getCell('D3').value = 'tusen';
    const path = join(files, 'atgardsplan-fel.xlsx');
    await workbook.xlsx.writeFile(path);
    await page.getByLabel('Fil (xlsx)').setInputFiles(path);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    const issues = page.getByRole('table', { name: /Fel i filen \(1\) – ingenting ändrades/ });
    await issues.waitFor();
    const row = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(row.slice(0, 3)).toEqual(['atgardsplan-fel.xlsx', '3', 'Effekter: Belopp min (kr)']);
    expect(row[3]).toMatch(/tusen/);
    await accessible(page);
    await screenshot(page, 'action-plan-upload-error');
  });

  it('records a realised effect on a measure and shows it in the delivery follow-up', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/atgardsplaner/1/genomforande');
    const delivery = page.getByRole('table', { name: /Åtgärdsplan 2023: planerat och realiserat/ });
    await delivery.waitFor();
    await accessible(page);
    await rowOf(page, delivery, /^B1 /).getByRole('link').click();

    await page.getByRole('heading', { level: 1, name: /B1 Översyn av bostad med särskild service/ }).waitFor();
    await page.getByRole('heading', { name: 'Konsekvensanalys' }).waitFor();
    await page.getByRole('table', { name: 'Socialpsykiatri: budget och utfall netto per år (mnkr)' }).waitFor();
    const form = page.getByRole('region', { name: 'Registrera realiserad effekt' });
    await form.getByLabel('År').selectOption('2024');
    await form.getByLabel('Realiserad kostnadsreducering (mnkr)').fill('6,5');
    await form.getByLabel('Kommentar').fill('Två boenden avvecklade');
    await form.getByRole('button', { name: 'Spara realiserad effekt' }).click();
    await page.getByRole('status').getByText('Sparat: realiserad effekt 2024 för B1').waitFor();
    const estimates = page.getByRole('table', { name: /Beräknad och realiserad kostnadsreducering för B1/ });
    const y2024 = rowOf(page, estimates, '2024');
    await y2024.getByText('6,5').waitFor();
    expect(await y2024.textContent()).toContain('Två boenden avvecklade');
    await accessible(page);
    await screenshot(page, 'action-plan-measure');

    await page.getByRole('link', { name: 'Genomförande' }).click();
    const after = page.getByRole('table', { name: /Åtgärdsplan 2023: planerat och realiserat/ });
    await after.waitFor();
    await page.getByText(/Uppföljda år: 2023, 2024\./).waitFor();
    const b1 = await rowOf(page, after, /^B1 /).locator('td').allTextContents();
    // 2024: planned 16,0, realised 6,5
    expect(b1.slice(3, 6)).toEqual(['16,0', '6,5', '41\u00a0%']);
    await page.getByRole('table', { name: /Hur mycket av det planerade realiserades/ }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    await accessible(page);
    await screenshot(page, 'action-plan-delivery');

    await page.getByRole('link', { name: 'Avstämning mot budget' }).click();
    const rec = page.getByRole('table', { name: 'Underskott att täcka mot åtgärdernas effekter per år (mnkr)' });
    await rec.waitFor();
    expect(await rowOf(page, rec, '2023').locator('td').first().textContent()).toBe('26,6');
    await page.locator('.chart svg').first().waitFor();
    await accessible(page);
    await screenshot(page, 'action-plan-reconciliation');
  });

  it('shows a reader the plan and a measure without edit controls', async () => {
    const page = await signedInPage('politiker');
    await page.goto('/namnd/SON/atgardsplaner/1');
    await page.getByRole('table', { name: 'Kostnadsreducering per område och år (mnkr)' }).waitFor();
    await page.getByText('Du kan läsa men inte ändra den här nämndens åtgärdsplaner.').waitFor();
    expect(await page.getByRole('button', { name: /Ändra åtgärd|Skapa revidering|Besluta|Ladda upp|Lägg till/ }).count()).toBe(0);
    expect(await page.locator('main input:not([type="radio"])').count()).toBe(0);
    await accessible(page);
    await page.getByRole('link', { name: 'Översyn av bostad med särskild service (LSS och SoL)' }).click();
    await page.getByRole('heading', { name: 'Uppföljningsstatus' }).waitFor();
    expect(await page.getByRole('button', { name: /Spara/ }).count()).toBe(0);
    expect(await page.locator('main input, main select').count()).toBe(0);
    await page.goto('/namnd/SON/atgardsplaner');
    await page.getByRole('table', { name: /Åtgärdsplaner/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Skapa planen' }).count()).toBe(0);
  });
});
