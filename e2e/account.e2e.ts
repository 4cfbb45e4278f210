import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { must } from '../src/testing/must.ts';
import { screenshot, seriousViolations, signIn } from './browser.ts';
import { useBrowserSession } from './setup.ts';

const session = useBrowserSession();

describe('Mitt konto and the TOTP sign-in step', () => {
  it('enrols TOTP from the account page, then signs in with a code; both pages pass axe', async () => {
    const page = await session.newPage();
    await signIn(page, 'revisor');
    await page.getByRole('link', { name: 'Mitt konto' }).click();
    await page
      .getByRole('table', { name: /Dina aktiva inloggningar/ })
      .getByText('Den här inloggningen')
      .waitFor();
    await page.getByRole('button', { name: 'Aktivera tvåstegsverifiering' }).click();
    await page.getByRole('img', { name: /QR-kod för tvåstegsverifiering/ }).waitFor();
    await screenshot(page, 'account');
    expect(await seriousViolations(page)).toEqual([]);

    const secret = must(await page.locator('code.secret').textContent(), 'the TOTP secret on the page').trim();
    await page.getByLabel('Kod från appen').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();
    await page.getByText('Tvåstegsverifiering är aktiverad.').waitFor();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByLabel('Användarnamn').fill('revisor');
    await page.getByLabel('Lösenord').fill('styrbord');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByLabel('Engångskod').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Engångskod').fill('000000');
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page
      .getByRole('alert')
      .getByText(/Fel engångskod/)
      .waitFor();
    // a code of the next 30-second step: the one used to enrol cannot be used again
    await page.getByLabel('Engångskod').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page.locator('header .who').waitFor();
  });
});
