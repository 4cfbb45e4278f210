import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn } from './browser.ts';
import { useBrowserSession } from './setup.ts';

const session = useBrowserSession();
let page: Page;

beforeAll(async () => {
  page = await session.newPage();
});

describe('browsing as controller', () => {
  it('shows the demo accounts before sign-in and signs in', async () => {
    await page.goto('/');
    await page.getByRole('table', { name: /Demokonton/ }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'controller' }).count()).toBe(1);
    await page.getByLabel('Användarnamn').fill('controller');
    await page.getByLabel('Lösenord').fill('fel');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect((await page.getByRole('alert').textContent())?.length).toBeGreaterThan(0);
    await signIn(page, 'controller');
    expect(await page.locator('h1').count()).toBe(1);
    // a controller may not read the audit log, so it is not offered
    expect(await page.getByRole('link', { name: 'Ändringslogg' }).count()).toBe(0);
  });

  it('shows the organisation before and after the 2024 reorganisation', async () => {
    await page.goto('/organisation');
    const main = page.locator('main');
    await page.getByLabel('Per datum').fill('2023-06-01');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/datum=2023-06-01/);
    await main.getByRole('link', { name: 'Social- och omsorgsnämnden' }).waitFor();
    expect(await main.getByRole('link', { name: 'Socialnämnden', exact: true }).count()).toBe(0);
    expect(await page.title()).toBe('Organisation – Styrbord');

    await page.getByLabel('Per datum').fill('2024-06-01');
    await page.getByRole('button', { name: 'Visa' }).click();
    await main.getByRole('link', { name: 'Socialnämnden', exact: true }).waitFor();
    expect(await main.getByRole('link', { name: 'Social- och omsorgsnämnden' }).count()).toBe(0);
    // varav rows are labelled
    expect(await main.locator('.tree li.subset .tag').first().textContent()).toBe('varav');
  });

  it('answers a charter question: SoL, 70 years, hemtjänst, 2023-06-01 → Äldrenämnden', async () => {
    await page.goto('/reglemente');
    await page.getByLabel('Lag').selectOption('SoL');
    await page.getByLabel('Ålder (år)').fill('70');
    await page.getByLabel('Insats').fill('hemtjänst');
    await page.getByLabel('Datum').fill('2023-06-01');
    await page.getByRole('button', { name: 'Sök ansvarig nämnd' }).click();
    await page.getByText('Ansvarig nämnd: Äldrenämnden (ÄN)').waitFor();
    await page.getByRole('table', { name: 'Regler som gäller per 2023-06-01' }).waitFor();
  });

  it('switches language to English and back', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Charter – who is responsible?' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Charter – who is responsible?' }).waitFor();
    await page.getByRole('button', { name: 'Byt till svenska' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
  });
});

describe('reading as politiker', () => {
  it('sees no edit buttons and no audit log', async () => {
    const p = await session.signedInPage('politiker');
    await p.goto('/namnd/SN?datum=2024-06-01');
    await p.getByRole('table', { name: 'Verksamheter per 2024-06-01' }).waitFor();
    await p.getByText('Du kan läsa men inte ändra').waitFor();
    expect(await p.getByRole('button', { name: /Ändra namn/ }).count()).toBe(0);
    expect(await p.getByRole('link', { name: 'Ändringslogg' }).count()).toBe(0);
    await p.goto('/logg');
    await p.getByText('Du har inte behörighet att se den här sidan.').waitFor();
    await p.context().close();
  });
});
