import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations } from './browser.ts';
import { useBrowserSession } from './setup.ts';

const { signedInPage } = useBrowserSession();

describe('the four-eyes setting on the organisation page', () => {
  it('is turned on by an administrator and shown to a controller', async () => {
    const admin = await signedInPage('admin');
    await admin.goto('/organisation');
    const panel = admin.getByRole('region', { name: 'Beslut och publicering' });
    await panel.getByRole('checkbox', { name: /^Fyra ögon: den som har förberett/ }).check();
    await panel.getByRole('button', { name: 'Spara' }).click();
    await panel.getByRole('status').filter({ hasText: 'Fyra ögon är påslaget.' }).waitFor();
    await expect(panel.getByRole('checkbox', { name: /^Fyra ögon/ }).isChecked()).resolves.toBe(true);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(admin, 'organisation-four-eyes');
    expect((await seriousViolations(admin)).map((v) => v.id)).toEqual([]);

    const controller = await signedInPage('controller');
    await controller.goto('/organisation');
    await controller.getByRole('region', { name: 'Beslut och publicering' }).getByText('Fyra ögon är påslaget för kommunen.').waitFor();
    await expect(controller.getByRole('checkbox', { name: /^Fyra ögon/ }).count()).resolves.toBe(0);
  });
});
