import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthNames } from '../src/core/months.ts';
import { useBrowserSession } from './setup.ts';

const { signedInPage } = useBrowserSession();
const files = mkdtempSync(join(tmpdir(), 'styrbord-e2e-files-'));

afterAll(() => rmSync(files, { recursive: true, force: true }));

function tempFile(name: string, text: string): string {
  const path = join(files, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

describe('economy administration', () => {
  it('creates a draft for SN 2025, enters two cells, decides it and then shows it read-only', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SN/ekonomi/budgetversioner');
    await page.getByRole('heading', { name: 'Nytt utkast' }).waitFor();
    const create = page.getByRole('region', { name: 'Nytt utkast' });
    await create.getByLabel('Budgetår').fill('2025');
    await create.getByLabel('Titel').fill('Internbudget 2025 SN');
    await create.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByRole('status').getByText('Skapat: Internbudget 2025 SN').waitFor();

    const grid = page.getByRole('table', { name: /Internbudget 2025 SN: kostnad och intäkt/ });
    await grid.waitFor();
    await page.getByLabel('Kostnad 2025, Förvaltning (kr)', { exact: true }).fill('12 500 000');
    await page.getByLabel('Intäkt 2025, Förvaltning (kr)', { exact: true }).fill('500 000');
    await page.getByLabel('Kostnad 2025, Övergripande verksamhet inkl nämnd (kr)', { exact: true }).fill('3 000 000');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByRole('status').getByText('Sparat: 2 ändrade celler.').waitFor();
    // the stored net comes back from the version's own lines
    const forvaltning = grid.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Förvaltning', exact: true }) });
    await forvaltning.getByText('12\u00a0000\u00a0000').waitFor();

    await page.getByLabel('Beslutsdatum').fill('2024-12-12');
    await page.getByLabel('Beslut (t.ex. paragraf)').fill('SN § 123');
    await page.getByRole('button', { name: 'Besluta versionen' }).click();
    await page.getByRole('button', { name: 'Ja, besluta' }).click();
    await page.getByText('Beslutad 2024-12-12 – Internbudget 2025 SN kan inte ändras; gör en revidering.').waitFor();
    expect(await page.getByLabel('Kostnad 2025, Förvaltning (kr)', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara ändringar' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Skapa revidering' }).waitFor();
    const list = page.getByRole('table', { name: /Budgetversioner/ });
    expect(await list.textContent()).toContain('SN § 123');

    // a revision starts as a copy: the decided amounts show in its own grid while it is a draft
    await page.getByLabel('Titel på revideringen').fill('Internbudget 2025 SN, revidering');
    await page.getByLabel('Skäl till revideringen').fill('Ny ram');
    await page.getByRole('button', { name: 'Skapa revidering' }).click();
    await page.getByRole('status').getByText('Skapat: Internbudget 2025 SN, revidering').waitFor();
    const revision = page.getByRole('table', { name: /Internbudget 2025 SN, revidering: kostnad och intäkt/ });
    await revision.waitFor();
    await expect
      .poll(() => page.getByLabel('Kostnad 2025, Förvaltning (kr)', { exact: true }).getAttribute('placeholder'))
      .toBe('12\u00a0500\u00a0000');
    const copied = revision.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Förvaltning', exact: true }) });
    await copied.getByText('12\u00a0000\u00a0000').waitFor();
  });

  it('imports a budget from a CSV file and shows the summary', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SN/ekonomi/budgetversioner');
    const form = page.getByRole('region', { name: 'Importera budget från fil' });
    const csv = tempFile(
      'sn-budget-2026.csv',
      'Rad;Budget 2026;Plan 2027\nFörvaltning;12,5;13\nÖvergripande verksamhet inkl nämnd;3;3,1\n',
    );
    await form.getByLabel('Fil (xlsx eller csv)').setInputFiles(csv);
    await form.getByLabel('Budgetår').fill('2026');
    await form.getByLabel('Titel på utkastet').fill('Importerad budget 2026');
    await form.getByLabel('Belopp i filen').selectOption('mnkr');
    await form.getByRole('button', { name: 'Importera' }).click();
    const summary = page.getByRole('table', { name: 'Sammanfattning av importen: Importerad budget 2026' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('2026, 2027');
    await page.getByRole('status').getByText('Importerat: Importerad budget 2026').waitFor();
    await page
      .getByRole('table', { name: /Importerad budget 2026: kostnad och intäkt/ })
      .getByText('12\u00a0500\u00a0000')
      .waitFor();
  });

  it('refuses a ledger file with a bad row and names file, row, column and reason', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/ekonomi/huvudbok?ar=2024');
    const form = page.getByRole('region', { name: /Importera huvudbok/ });
    const csv = tempFile(
      'huvudbok-fel.csv',
      'månad;ansvar;verksamhet;konto;belopp\n2024-11;100;FORV;4010;1000\n2024-11;100;FORV;4010;tusen\n',
    );
    await form.getByLabel('Fil (xlsx eller csv)').setInputFiles(csv);
    await form.getByRole('button', { name: 'Importera' }).click();
    const issues = page.getByRole('table', { name: /Fel i filen \(1\) – ingenting ändrades/ });
    await issues.waitFor();
    const cells = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells).toEqual(['huvudbok-fel.csv', '3', 'belopp', expect.stringContaining('tusen')]);
    // the history still shows the demo import only
    expect(
      await page
        .getByRole('table', { name: /Importer för 2024/ })
        .locator('tbody tr')
        .count(),
    ).toBe(1);
  });

  it('sets a custom periodisation profile and shows the monthly amounts', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/ekonomi/periodisering?ar=2024');
    await page.getByLabel('Välj verksamhet').selectOption({ label: 'Individ- och familjeomsorg BoU' });
    const editor = page.getByRole('region', { name: 'Individ- och familjeomsorg BoU' });
    await editor.getByRole('radio', { name: 'Egna vikter' }).check();
    for (const [i, month] of monthNames('sv-SE').entries()) await editor.getByLabel(month, { exact: true }).fill(i === 6 ? '0' : '1');
    await editor.getByRole('button', { name: 'Spara fördelningen' }).click();
    await page.getByRole('status').getByText('Sparat: fördelning för Individ- och familjeomsorg BoU').waitFor();
    const table = page.getByRole('table', { name: /Periodiserad budget 2024, Individ- och familjeomsorg BoU/ });
    const july = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'juli', exact: true }) });
    // the tables refresh after the save; poll instead of reading once
    await expect.poll(() => july.locator('td').last().textContent()).toBe('0');
    const overview = page.getByRole('table', { name: 'Fördelning per verksamhet 2024' });
    const row = overview.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Individ- och familjeomsorg BoU', exact: true }) });
    await expect.poll(() => row.textContent()).toContain('Egna vikter');
  });

  it('shows a reader the pages without edit controls', async () => {
    const page = await signedInPage('politiker');
    await page.goto('/namnd/SON/ekonomi/budgetversioner');
    await page.getByRole('table', { name: /Budgetversioner/ }).waitFor();
    await page.getByText('Du kan läsa men inte ändra den här nämndens budget.').waitFor();
    expect(await page.getByRole('button', { name: 'Skapa utkast' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Öppna Internbudget 2024' }).click();
    await page.getByRole('table', { name: /Internbudget 2024: kostnad och intäkt/ }).waitFor();
    expect(await page.locator('main input:not([type="radio"])').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Skapa revidering' }).count()).toBe(0);

    await page.goto('/namnd/SON/ekonomi/huvudbok?ar=2024');
    await page.getByRole('table', { name: /Mappningsregler/ }).waitFor();
    expect(await page.getByRole('button', { name: /Ändra regel|Ta bort regel|Importera/ }).count()).toBe(0);

    await page.goto('/namnd/SON/ekonomi/periodisering?ar=2024');
    await page.getByText('Du kan läsa men inte ändra den här nämndens periodisering.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara fördelningen' }).count()).toBe(0);
  });
});
