import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations, signIn } from './browser.ts';
import { useBrowserSession } from './setup.ts';

const session = useBrowserSession();
let page: Page;

beforeAll(async () => {
  page = await session.newPage();
});

async function check(name: string, ready: () => Promise<void>): Promise<void> {
  await ready();
  await screenshot(page, name);
  const violations = await seriousViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.locator('header').count()).toBeGreaterThan(0);
  expect(await page.locator('main').count()).toBe(1);
}

describe('accessibility (axe-core, WCAG 2.1 A/AA) and screenshots', () => {
  it('start page', async () => {
    await check('start', async () => {
      await page.goto('/');
      await page.getByRole('table', { name: /Demokonton/ }).waitFor();
    });
  });

  it('organisation page', async () => {
    await signIn(page, 'admin');
    await check('organisation', async () => {
      await page.goto('/organisation?datum=2024-06-01');
      await page.getByRole('table', { name: /Utförare per 2024-06-01/ }).waitFor();
    });
  });

  it('committee page', async () => {
    await check('committee', async () => {
      await page.goto('/namnd/SN?datum=2024-06-01');
      await page.getByRole('table', { name: 'Verksamheter per 2024-06-01' }).waitFor();
      await page.getByRole('button', { name: 'Ändra namn på Förvaltning', exact: true }).click();
    });
  });

  it('charter page', async () => {
    await check('charter', async () => {
      await page.goto('/reglemente?law=SoL&age=70&intervention=hemtj%C3%A4nst&date=2023-06-01');
      await page.getByText('Ansvarig nämnd: Äldrenämnden (ÄN)').waitFor();
      await page.getByRole('table', { name: 'Regler som gäller per 2023-06-01' }).getByRole('row').nth(5).waitFor();
    });
  });

  it('audit page', async () => {
    await check('audit', async () => {
      await page.goto('/namnd/SN?datum=2024-06-01');
      await page.getByRole('button', { name: 'Ändra namn på Förvaltning', exact: true }).click();
      await page.getByLabel('Nytt namn').fill('Förvaltning och stab');
      await page.getByRole('button', { name: 'Spara' }).click();
      await page.getByText('Sparat: Förvaltning och stab').waitFor();
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ändringslogg' }).click();
      await page.getByRole('table', { name: /Händelser/ }).waitFor();
      await page.getByText(/Obruten: alla \d+ händelser stämmer/).waitFor();
    });
  });

  it('economy: budget and plan', async () => {
    await check('economy-budget', async () => {
      await page.goto('/namnd/SON/ekonomi/budget?ar=2024');
      await page.getByRole('table', { name: /Driftsammandrag, internbudget 2024/ }).waitFor();
      await page.getByRole('region', { name: 'Kontroll av summor' }).waitFor();
    });
  });

  it('economy: follow-up with charts and forecast entry', async () => {
    await check('economy-follow-up', async () => {
      await page.goto('/namnd/SON/ekonomi/uppfoljning?ar=2024');
      await page.getByRole('table', { name: /Driftsammandrag t\.o\.m\./ }).waitFor();
      const charts = page.locator('figure.chart-figure');
      for (let i = 0; i < 3; i++) await charts.nth(i).locator('svg').first().waitFor();
      await page
        .getByRole('button', { name: /Spara prognos för/ })
        .first()
        .waitFor();
    });
  });

  it('economy: forecast accuracy', async () => {
    await check('economy-accuracy', async () => {
      await page.goto('/namnd/SON/ekonomi/prognossakerhet?ar=2023');
      await page.getByText('Negativt fel betyder', { exact: false }).waitFor();
      await page
        .getByRole('alert')
        .or(page.getByRole('table', { name: /Prognosfel 2023/ }))
        .first()
        .waitFor();
    });
  });
  it('economy: budget versions', async () => {
    await check('economy-versions', async () => {
      await page.goto('/namnd/SON/ekonomi/budgetversioner?ar=2024&version=2');
      await page
        .getByRole('table', { name: /Internbudget 2024: kostnad och intäkt/ })
        .getByRole('rowheader')
        .first()
        .waitFor();
      await page.getByRole('table', { name: /Nämndens ram per år/ }).waitFor();
    });
  });

  it('economy: periodisation', async () => {
    await check('economy-periodisation', async () => {
      await page.goto('/namnd/SON/ekonomi/periodisering?ar=2024');
      await page.getByRole('table', { name: /Periodiserad budget 2024/ }).waitFor();
      await page.getByRole('radio', { name: 'Egna vikter' }).check();
    });
  });

  it('economy: ledger', async () => {
    await check('economy-ledger', async () => {
      await page.goto('/namnd/SON/ekonomi/huvudbok?ar=2024');
      await page.getByRole('table', { name: /Mappningsregler/ }).waitFor();
      await page.getByRole('table', { name: /Importer för 2024/ }).waitFor();
      await page.getByRole('button', { name: 'Ändra regel 1', exact: true }).click();
    });
  });
});
