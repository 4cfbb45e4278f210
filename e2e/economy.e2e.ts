import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatMnkr, formatNumber } from '../src/core/format.ts';
import type { FollowUpReport } from '../src/modules/follow-up/model.ts';
import { findIn, must } from '../src/testing/must.ts';
import { useBrowserSession } from './setup.ts';

const { signedInPage } = useBrowserSession();

const followUpUrl = '/namnd/SON/ekonomi/uppfoljning?ar=2024';

async function openFollowUp(page: Page): Promise<void> {
  await page.goto(followUpUrl);
  await page.getByRole('table', { name: /Driftsammandrag t\.o\.m\./ }).waitFor();
}

/** The cell in a table's column (by heading) for a row (by its row heading). */
async function cell(table: Locator, rowHeader: string, column: string): Promise<string> {
  const headings = await table.locator('thead th').allTextContents();
  const index = headings.indexOf(column);
  expect(index, `kolumnen ${column} finns inte: ${headings.join(' | ')}`).toBeGreaterThan(0);
  const row = table.locator('tbody tr', { has: table.page().getByRole('rowheader', { name: rowHeader, exact: true }) });
  return (await row.locator('th, td').nth(index).textContent()) ?? '';
}

const forecastCard = (page: Page, label: string) => page.getByRole('form', { name: label, exact: true });

describe('economy pages', () => {
  it('shows SON’s budget 2024 with plan years and the totals that do not add up', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON');
    await page.getByRole('navigation', { name: 'Ekonomi' }).getByRole('link', { name: 'Budget och plan' }).waitFor();
    await page.goto('/namnd/SON/ekonomi/budget?ar=2024');
    const table = page.getByRole('table', { name: /Driftsammandrag, internbudget 2024 med plan \(mnkr\)/ });
    await table.waitFor();
    expect(await page.title()).toBe('Budget och plan – Social- och omsorgsnämnden – Styrbord');
    expect(await cell(table, 'Individ- och familjeomsorg BoU', 'Budget 2024')).toBe('431,0');
    // varav rows are marked and not added to the total again
    expect(await table.locator('tbody th .varav').count()).toBeGreaterThan(0);
    expect(await cell(table, 'Summa nämndens internbudget', 'Budget 2024')).toBe('1\u00a0781,0');
    expect(await page.getByText('beslutad', { exact: true }).count()).toBe(1);

    const findings = page.getByRole('region', { name: 'Kontroll av summor' });
    // one row header per finding (a figure printed differently in two tables spans two rows)
    const rows = await findings.locator('tbody th[scope="row"]').count();
    expect(rows).toBeGreaterThan(0);
    const crossTable = findings.getByRole('table', { name: /Samma belopp tryckt olika/ });
    expect(await crossTable.textContent()).toContain('Ekonomi, Verksamhetens nettokostnader');
    expect(await findings.textContent()).toContain(`${rows} summor stämmer inte.`);
    const control = findings.getByRole('table', { name: /Tryckta summor/ });
    expect(await cell(control, 'Driftsammandrag, Summa nämndens internbudget', 'Tryckt')).toMatch(/\d/);
    expect(await control.textContent()).toContain('Differens');

    // the unit toggle changes every amount to kronor
    await page.getByRole('radio', { name: 'kr', exact: true }).check();
    const inKronor = page.getByRole('table', { name: /internbudget 2024 med plan \(kr\)/ });
    expect(await cell(inKronor, 'Individ- och familjeomsorg BoU', 'Budget 2024')).toBe(formatNumber(431_000_000));
    await page.getByRole('radio', { name: 'mnkr', exact: true }).check();
  });

  it('follows up SON 2024: governance banner, summary, result statement and three charts', async () => {
    const page = await signedInPage('controller');
    await openFollowUp(page);
    const report = (await (await page.request.get('/api/committees/SON/economy/follow-up?year=2024')).json()) as FollowUpReport;
    const plan = must(report.actionPlan, 'the follow-up’s action-plan status');

    const banner = page.getByRole('region', { name: plan.required ? /Åtgärdsplan krävs/ : /Inom ramen/ });
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain(formatMnkr(plan.frame));
    expect(text).toContain(formatMnkr(Math.abs(plan.deficit)));
    expect(text).toContain(formatMnkr(plan.allowedDeficit));
    expect(text).toContain('1,0\u00a0%');

    const summary = page.getByRole('table', { name: /Driftsammandrag t\.o\.m\./ });
    for (const heading of [
      'Utfall t.o.m. perioden',
      'Periodiserad budget',
      'Prognos helår',
      'Avvikelse budget − prognos',
      'Bokslut fg år',
    ]) {
      expect(await summary.locator('thead th').allTextContents()).toContain(heading);
    }
    expect(await cell(summary, 'Individ- och familjeomsorg BoU', 'Budget helår')).toBe('431,0');
    // deviations are signed, not only coloured
    const deviation = await cell(summary, 'Summa', 'Avvikelse mot periodiserad budget');
    expect(deviation).toMatch(/^[+−]|^0,0$/);
    await page
      .getByRole('table', { name: /Resultaträkning t\.o\.m\./ })
      .getByRole('rowheader', { name: 'Kommunbidrag' })
      .waitFor();

    const charts = page.locator('figure.chart-figure');
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      await charts.nth(i).locator('svg').first().waitFor();
      expect(await charts.nth(i).locator('.chart[role="img"]').getAttribute('aria-label')).toMatch(/\d/);
    }
    await page.getByText('Visa siffrorna som tabell').first().click();
    await page
      .getByRole('table', { name: /Ackumulerat utfall och periodiserad budget/ })
      .getByRole('rowheader', { name: 'januari' })
      .waitFor();
  });

  it('saves a forecast in the open month and shows it after reload', async () => {
    const page = await signedInPage('controller');
    await openFollowUp(page);
    const report = (await (await page.request.get('/api/committees/SON/economy/follow-up?year=2024')).json()) as FollowUpReport;
    expect(report.closedMonths, 'the latest month must be open').not.toContain(report.month);

    const card = forecastCard(page, 'Ny gruppbostad Harvestad');
    await card.getByRole('button', { name: 'Använd förslag' }).click();
    const proposal = findIn(report.proposals, (p) => p.label === 'Ny gruppbostad Harvestad').proposal;
    await expect.poll(() => card.getByLabel('Prognos helår (kr)').inputValue()).toBe(formatNumber(proposal));
    await card.getByLabel('Prognos helår (kr)').fill('2 150 000');
    await card.getByLabel('Kommentar').fill('Inflyttning tidigare än planerat');
    await card.getByRole('button', { name: 'Spara prognos för Ny gruppbostad Harvestad' }).click();
    await page.getByRole('status').getByText('Sparat: prognos för Ny gruppbostad Harvestad').waitFor();

    await page.reload();
    await openFollowUp(page);
    const reloaded = forecastCard(page, 'Ny gruppbostad Harvestad');
    expect(await reloaded.getByLabel('Prognos helår (kr)').inputValue()).toBe(formatNumber(2_150_000));
    expect(await reloaded.getByLabel('Kommentar').inputValue()).toBe('Inflyttning tidigare än planerat');
    expect(await reloaded.textContent()).toContain('Senast ändrad av Demo Controller');
  });

  it('reports a stale forecast when someone else saved first', async () => {
    const first = await signedInPage('controller');
    const second = await signedInPage('admin');
    await openFollowUp(first);
    await openFollowUp(second);
    const label = 'Ny gruppbostad Vikingstad';

    await forecastCard(first, label).getByLabel('Prognos helår (kr)').fill('3 100 000');
    await forecastCard(first, label)
      .getByRole('button', { name: `Spara prognos för ${label}` })
      .click();
    await first.getByRole('status').getByText(`Sparat: prognos för ${label}`).waitFor();

    await forecastCard(second, label).getByLabel('Prognos helår (kr)').fill('3 200 000');
    await forecastCard(second, label)
      .getByRole('button', { name: `Spara prognos för ${label}` })
      .click();
    const alert = second.getByRole('alert').filter({ hasText: 'Någon annan har ändrat' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Ladda om' }).click();
    await second.waitForFunction(
      (expected) => [...document.querySelectorAll('input[name="amount"]')].some((i) => (i as HTMLInputElement).value === expected),
      formatNumber(3_100_000),
    );
    expect(await second.getByRole('alert').count()).toBe(0);
  });

  it('shows a reader the follow-up without forecast inputs', async () => {
    const page = await signedInPage('politiker');
    await openFollowUp(page);
    await page.getByText('Du kan läsa men inte ändra den här nämndens prognoser.').waitFor();
    expect(await page.getByLabel('Prognos helår (kr)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Stäng månaden' }).count()).toBe(0);
  });

  it('closes the month: the forecasts can no longer be changed', async () => {
    const page = await signedInPage('controller');
    await openFollowUp(page);
    await page.getByRole('button', { name: 'Stäng månaden' }).click();
    await page.getByRole('button', { name: 'Ja, stäng månaden' }).click();
    await page.getByText('Månaden är stängd. Prognoserna kan inte ändras.').waitFor();
    expect(await forecastCard(page, 'Ny gruppbostad Harvestad').getByLabel('Prognos helår (kr)').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Stäng månaden' }).count()).toBe(0);
  });

  it('explains forecast accuracy, or says why a year cannot be measured', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/ekonomi/prognossakerhet?ar=2022');
    await page.getByText('Negativt fel betyder att prognosen var för optimistisk', { exact: false }).waitFor();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/2022|SON/);
  });

  it('shows forecast accuracy for a closed year as a table and a chart', async () => {
    const page = await signedInPage('controller');
    // the demo may not have a closed year yet: answer with a fixed report
    const points = (final: number) =>
      [3, 6, 9, 12].map((month, i) => ({
        month,
        forecast: final - (3 - i) * 4_000_000,
        error: -(3 - i) * 4_000_000,
        errorShare: (-(3 - i) * 4_000_000) / final,
      }));
    await page.route('**/api/committees/SON/economy/accuracy?year=2023', (route) =>
      route.fulfill({
        json: {
          committee: { code: 'SON', name: 'Social- och omsorgsnämnden' },
          year: 2023,
          rows: [
            { activityId: 5, label: 'Individ- och familjeomsorg BoU', finalOutcome: 420_000_000, points: points(420_000_000) },
            { activityId: null, label: 'Summa', finalOutcome: 1_700_000_000, points: points(1_700_000_000) },
          ],
        },
      }),
    );
    await page.goto('/namnd/SON/ekonomi/prognossakerhet?ar=2023');
    const table = page.getByRole('table', { name: /Prognosfel 2023 per månad/ });
    await table.waitFor();
    expect(await cell(table, 'Individ- och familjeomsorg BoU', 'Slutligt utfall')).toBe('420,0');
    expect(await cell(table, 'Summa', 'mar')).toContain('−12,0');
    await page.locator('figure.chart-figure svg').first().waitFor();
  });
});
