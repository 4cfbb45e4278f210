import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations } from './browser.ts';
import { useBrowserSession } from './setup.ts';

const { signedInPage } = useBrowserSession();

/** Screenshot, then axe (nothing serious or critical) and exactly one h1. */
async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await seriousViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  expect(await page.locator('h1').count()).toBe(1);
}

const treeUrl = '/namnd/SON/mal?ar=2024';
const missbruk = /Kostnad \(kr\/inv\) för missbruksvård/;
const nbsp = '\u00a0';

async function openTree(page: Page): Promise<void> {
  await page.goto(treeUrl);
  await page.getByRole('heading', { level: 2, name: 'Medarbetare' }).waitFor();
}

describe('goal and indicator pages', () => {
  it('shows SON’s goal tree 2024 with the N35001 indicator and three separately labelled signals', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON');
    await page.getByRole('link', { name: 'Mål och indikatorer' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Medarbetare' }).waitFor();
    expect(page.url()).toContain('/namnd/SON/mal');
    await openTree(page);
    expect(await page.title()).toBe('Målträd – Social- och omsorgsnämnden – Styrbord');
    const areas = await page.locator('section.goal-area > h2').allTextContents();
    expect(areas).toEqual(['Samhälle', 'Medborgare', 'Ekonomi', 'Verksamhet', 'Medarbetare']);
    await page.getByText('Beslutad målsättning 2023-12-14').waitFor();

    const card = page.getByRole('article', { name: missbruk });
    const values = card.getByRole('table');
    expect(await values.locator('thead th').allTextContents()).toContain('Utfall 2022');
    const total = values.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Totalt', exact: true }) });
    expect(await total.textContent()).toContain('761');
    const average = values.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'R9-snitt', exact: true }) });
    expect(await average.textContent()).toContain(`1${nbsp}063`);

    // attainment: its own label, green, and the figures it was judged on
    const attainment = card.locator('.signal-group', { has: page.locator('dt', { hasText: /^Måluppfyllelse$/ }) });
    const signal = attainment.locator('.signal-attainment');
    expect(await signal.getAttribute('data-colour')).toBe('green');
    expect(await signal.textContent()).toContain('Uppfyllt');
    expect(await signal.textContent()).toContain('Grön');
    expect(await signal.textContent()).toContain(`2022: 761 mot R9-snitt 1${nbsp}063 (9 av 9 med värde)`);
    // comparison: separately labelled as a relative ranking, not as attainment
    const comparison = card.locator('.signal-group', { has: page.locator('dt', { hasText: 'Jämförelse' }) });
    expect(await comparison.locator('dt').textContent()).toContain('relativ placering, inte måluppfyllelse');
    expect(await comparison.locator('dd').textContent()).toContain('plats 1 av 9 i R9 (2022)');
    expect(await comparison.locator('.signal-attainment').count()).toBe(0);
    expect(await card.locator('.signal-group dt', { hasText: /^Trend$/ }).count()).toBe(1);
    // suggestion in text, not colour only
    expect(await card.locator('.goal-colours').textContent()).toContain('Förslag enligt reglerna: ✓Grön');

    // gender split and mandatory marks
    const sick = page.getByRole('article', { name: /Total sjukfrånvaro/ });
    expect(await sick.getByRole('rowheader', { name: 'Kvinnor' }).count()).toBe(1);
    expect(await sick.getByRole('heading').textContent()).toContain('(*)');
    await checkPage(page, 'goals-tree');
  });

  it('shows the indicator page with the chart, its data table and the peer values', async () => {
    const page = await signedInPage('controller');
    await openTree(page);
    await page.getByRole('article', { name: missbruk }).getByRole('link', { name: missbruk }).click();
    await page.getByRole('heading', { level: 1, name: missbruk }).waitFor();
    await page.getByText('Kolada-nyckeltal N35001 – Kostnad missbruksvård vuxna, kr/inv').first().waitFor();
    const figure = page.locator('figure.chart-figure');
    await figure.locator('svg').first().waitFor();
    expect(await figure.locator('.chart[role="img"]').getAttribute('aria-label')).toContain('Senaste utfall 2022: 761 kr/inv.');
    await figure.getByText('Visa siffrorna som tabell').click();
    const data = page.getByRole('table', { name: /Utfall, mål och jämförelsegrupp per period/ });
    const row = data.locator('tbody tr', { has: page.getByRole('rowheader', { name: '2022', exact: true }) });
    expect(await row.textContent()).toContain('761');
    expect(await row.textContent()).toContain(`1${nbsp}063`);
    const signals = page.getByRole('table', { name: /Tre separata signaler/ });
    expect(await signals.locator('thead th').allTextContents()).toEqual([
      'Kön',
      'Mål',
      'Måluppfyllelse',
      'Trend',
      'Jämförelse (relativ placering, inte måluppfyllelse)',
    ]);
    await page
      .getByRole('table', { name: 'Alla mål för indikatorn' })
      .getByText('Samma eller lägre än R9-snitt (snitt 2022: 1 063 kr/inv)')
      .waitFor();
    await page.getByRole('heading', { name: 'Koppling till Kolada' }).waitFor();
    await checkPage(page, 'goals-indicator');
  });

  it('requires an analysis when the assessment differs from the suggestion, then saves it into the history', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/mal?ar=2024');
    await page.getByRole('article', { name: missbruk }).getByRole('link', { name: missbruk }).click();
    const form = page.getByRole('form', { name: /Bedömning 2024/ });
    await form.waitFor();
    expect(await form.textContent()).toContain('Förslag enligt reglerna: ✓Grön');
    await form.getByRole('radio', { name: 'Gul' }).check();
    await form.getByRole('button', { name: 'Spara bedömning' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('skriv en analys');
    expect(await form.getByLabel('Analys').getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Analys krävs när färgen avviker från förslaget').waitFor();

    await form.getByLabel('Analys').fill('Kostnaden väntas stiga när fler placeras externt 2024.');
    await form.getByRole('button', { name: 'Spara bedömning' }).click();
    await page.getByRole('status').getByText('Bedömningen sparades: Gul.').waitFor();
    const history = page.getByRole('table', { name: 'Bedömningar, senaste först' });
    await history.getByText('Kostnaden väntas stiga när fler placeras externt 2024.').waitFor();
    expect(await history.locator('tbody tr').first().textContent()).toContain('Grön');

    await openTree(page);
    const card = page.getByRole('article', { name: missbruk });
    expect(await card.locator('.goal-colours').textContent()).toContain('Bedömning: !Gul');
    await card.getByText('Kostnaden väntas stiga').waitFor();
  });

  it('lists every problem of an indicator import with file, row, column and reason', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/mal/import-export?ar=2024');
    await page.getByRole('heading', { name: 'Läs in värden och mål' }).waitFor();
    const csv = '\ufeffNämnd;Indikator;År;Kön;Värde\r\nSON;VALD-FRAGA;2023;T;55\r\nSON;VALD-FRAGA;2024;T;många\r\n';
    await page
      .getByLabel('Fil (xlsx, csv eller json)')
      .setInputFiles({ name: 'varden-fel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importera' }).click();
    const issues = page.getByRole('table', { name: /Fel i filen \(1\)/ });
    await issues.waitFor();
    const cells = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells).toEqual(['varden-fel.csv', '3', 'Värde', '"många" är inte ett tal.']);
    await page.getByRole('link', { name: 'Ladda ner indikatorvärden som Excel (xlsx)' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ladda ner målträdet 2024 som CSV' }).getAttribute('href')).toBe(
      '/api/committees/SON/goals/export?year=2024&format=csv',
    );
    await checkPage(page, 'goals-data');

    await page.getByLabel('Fil (xlsx, csv eller json)').setInputFiles({
      name: 'varden.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Nämnd;Indikator;År;Kön;Värde\r\nSON;VALD-FRAGA;2023;T;55\r\n'),
    });
    await page.getByRole('button', { name: 'Importera' }).click();
    const summary = page.getByRole('table', { name: 'Importerat: varden.csv' });
    await summary.waitFor();
    expect(
      await summary
        .getByRole('row', { name: /Värden/ })
        .first()
        .textContent(),
    ).toContain('1');
  });

  it('follows up a strategic assignment', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/mal/uppdrag?ar=2024');
    const list = page.locator('ol.assignment-list').first();
    await list.waitFor();
    const first = page.getByRole('article', { name: /Uppdrag 1: Fortsätta arbetet med civil beredskap/ });
    expect(await first.textContent()).toContain('Inte uppföljt ännu');
    expect(await first.textContent()).toContain('Alla nämnder');
    await first.getByText('Följ upp för 2024').click();
    await first.getByLabel('Status').selectOption({ label: 'Pågår' });
    await first.getByLabel('Uppföljning').fill('Krigsorganisationen är beslutad; övning planeras till hösten.');
    await first.getByRole('button', { name: 'Spara uppföljning' }).click();
    await first.getByRole('status').getByText('Uppföljningen av Uppdrag 1 sparades.').waitFor();
    await first.locator('.status-tag', { hasText: 'Pågår' }).waitFor();
    await first.getByText('Krigsorganisationen är beslutad').first().waitFor();
    await checkPage(page, 'goals-assignments');
  });

  it('searches the Kolada cache and shows the peer groups', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/mal/kolada?ar=2024');
    await page.getByLabel('Sök på titel eller id').fill('missbruk');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const results = page.getByRole('table', { name: /nyckeltal för ”missbruk” i cachen/ });
    await results.getByRole('rowheader', { name: 'N35001' }).waitFor();
    await page.getByRole('table', { name: 'Jämförelsegrupper och deras medlemmar' }).getByText(/R9 – /).waitFor();
    await page.getByRole('heading', { name: 'Läs in en sparad Kolada-fil' }).waitFor();
    await checkPage(page, 'goals-kolada');

    await page
      .getByLabel('Fil (JSON)')
      .setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from('{"values": 5}') });
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByRole('alert').waitFor();
  });

  it('shows the decided goal set and the revisions', async () => {
    const page = await signedInPage('controller');
    await page.goto('/namnd/SON/mal/beslutad-malsattning?ar=2024');
    const sets = page.getByRole('table', { name: 'Beslutade målsättningar, senaste först' });
    await sets.getByText('Internbudget 2024 beslutad (demodata)').waitFor();
    await checkPage(page, 'goals-decided');
  });

  it('speaks English too, with the same three separate signals', async () => {
    const page = await signedInPage('controller');
    await openTree(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: /Goal tree/ }).waitFor();
    const card = page.getByRole('article', { name: missbruk });
    const attainment = card.locator('.signal-group', { has: page.locator('dt', { hasText: /^Attainment$/ }) });
    expect(await attainment.textContent()).toContain('Met (Green)');
    expect(await attainment.textContent()).toContain('2022: 761 against the R9 average 1,063 (9 of 9 with a value)');
    expect(await card.locator('dt', { hasText: 'Comparison' }).textContent()).toContain('relative ranking, not attainment');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Byt till svenska' }).click();
  });

  it('shows a reader no edit controls', async () => {
    const page = await signedInPage('politiker');
    await openTree(page);
    await page.getByRole('article', { name: missbruk }).waitFor();
    expect(await page.getByText(/Bedöm nämndmålet/).count()).toBe(0);
    await page.getByRole('article', { name: missbruk }).getByRole('link', { name: missbruk }).click();
    await page.getByText('Du kan läsa men inte bedöma den här nämndens mål och indikatorer.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara bedömning' }).count()).toBe(0);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Koppling till Kolada' }).count()).toBe(0);
    await page.goto('/namnd/SON/mal/uppdrag?ar=2024');
    await page.getByText('Du kan läsa men inte följa upp den här nämndens uppdrag.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara uppföljning' }).count()).toBe(0);
    await page.goto('/namnd/SON/mal/import-export?ar=2024');
    await page.getByText('Du kan ladda ner men inte läsa in den här nämndens indikatordata.').waitFor();
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    await page.goto('/namnd/SON/mal/kolada?ar=2024');
    await page.getByText('Bara administratörer och controllers kan läsa in Kolada-data.').waitFor();
    await page.goto('/namnd/SON/mal/beslutad-malsattning?ar=2024');
    await page.getByRole('table', { name: 'Beslutade målsättningar, senaste först' }).waitFor();
    expect(await page.getByRole('button', { name: 'Besluta och frys' }).count()).toBe(0);
  });

  it('binds a decided indicator to a Kolada KPI only as a revision with a reason', async () => {
    const page = await signedInPage('controller');
    await openTree(page);
    const name = /Andel vuxna och barn som är aktuella och har fått frågor om våldsutsatthet/;
    await page.getByRole('article', { name }).getByRole('link', { name }).click();
    const panel = page.getByRole('region', { name: 'Koppling till Kolada' });
    await panel.getByText('Indikatorn är inte kopplad till något Kolada-nyckeltal.').waitFor();
    await panel.getByLabel('Sök på titel eller id').fill('N35001');
    await panel.getByRole('button', { name: 'Sök', exact: true }).click();
    await panel.getByRole('button', { name: 'Koppla till N35001' }).click();
    await panel
      .getByRole('alert')
      .getByText(/ingår i en beslutad målsättning/)
      .waitFor();
    await panel.getByLabel('Skäl till revideringen').fill('Mäts hädanefter med Koladas nyckeltal');
    await panel.getByRole('button', { name: 'Koppla till N35001' }).click();
    await panel.getByRole('status').getByText('Indikatorn är kopplad till N35001.').waitFor();
    const revisions = page.getByRole('table', { name: 'Revideringar av indikatorn och dess mål' });
    await revisions.getByText('Mäts hädanefter med Koladas nyckeltal').waitFor();
    expect(await revisions.textContent()).toContain('kolada_kpi: – → N35001');
    await openTree(page);
    await page.getByRole('article', { name }).getByText('Reviderad efter beslut').waitFor();
  });
});
