import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './setup.ts';

const { signedInPage } = useBrowserSession();

async function openSn(page: Page): Promise<void> {
  await page.goto('/namnd/SN?datum=2024-06-01');
  await page.getByRole('heading', { level: 1, name: /Socialnämnden/ }).waitFor();
}

describe('editing activities', () => {
  it('renames an activity in SN and the change shows in the audit log', async () => {
    const page = await signedInPage('controller');
    await openSn(page);
    await page.getByRole('button', { name: 'Ändra namn på Förvaltning', exact: true }).click();
    await page.getByLabel('Nytt namn').fill('Förvaltning och stab');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText('Sparat: Förvaltning och stab').waitFor();
    await page.getByRole('rowheader', { name: /Förvaltning och stab/ }).waitFor();

    const auditor = await signedInPage('revisor');
    await auditor.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ändringslogg' }).click();
    await auditor.getByLabel('Typ av post').fill('activity');
    await auditor.getByRole('button', { name: 'Filtrera' }).click();
    const row = auditor.getByRole('row').filter({ hasText: 'activity.update' });
    await row.first().waitFor();
    const text = await row.first().textContent();
    expect(text).toContain('Demo Controller');
    expect(text).toContain('”Förvaltning” → ”Förvaltning och stab”');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('reports a stale version when someone else saved first', async () => {
    const first = await signedInPage('controller');
    const second = await signedInPage('admin');
    await openSn(first);
    await openSn(second);
    const editButton = (p: Page) => p.getByRole('button', { name: 'Ändra namn på Övergripande verksamhet inkl nämnd' });
    await editButton(first).click();
    await editButton(second).click();

    await first.getByLabel('Nytt namn').fill('Övergripande verksamhet (A)');
    await first.getByRole('button', { name: 'Spara' }).click();
    await first.getByRole('rowheader', { name: /Övergripande verksamhet \(A\)/ }).waitFor();

    await second.getByLabel('Nytt namn').fill('Övergripande verksamhet (B)');
    await second.getByRole('button', { name: 'Spara' }).click();
    const alert = second.getByRole('alert').filter({ hasText: 'Någon annan har ändrat' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ladda om sidan och gör ändringen igen.');

    await alert.getByRole('button', { name: 'Ladda om' }).click();
    await second.getByRole('rowheader', { name: /Övergripande verksamhet \(A\)/ }).waitFor();
    expect(await second.getByRole('alert').count()).toBe(0);
  });
});
