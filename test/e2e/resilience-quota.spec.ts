import { expect, test } from '@playwright/test';
import {
  collectErrors,
  createThroughForm,
  expectSaved,
  firstPage,
  launchProfile,
  openStep,
  questionLabel,
  readStored,
  tempProfile,
} from './resilience-helpers';
import { textsOf } from './texts';

const t = textsOf('fi');

test('a full device: a clear message, the text kept, earlier answers intact, saved once space is freed', async () => {
  test.setTimeout(60_000);
  const profile = tempProfile();
  // A profile on disk: Chromium enforces quotas there, not in memory. The worker's precache
  // would grow the usage on its own while the quota is tight, so it stays out of this test.
  const context = await launchProfile(profile.dir, { serviceWorkers: 'block' });
  try {
    const page = await firstPage(context);
    const errors = collectErrors(page);
    const id = await createThroughForm(page, t, 'Kotihoito Täysi Oy');
    await openStep(page, id, 'competitorQuestions');
    const answer = (i: number) => page.getByLabel(questionLabel(t, i), { exact: true });

    // An earlier answer, saved while there is room.
    await answer(0).fill('Tulemme kotiin samana päivänä.');
    await answer(0).blur();
    await expectSaved(page, t);

    // The device fills up: the quota is set just above what the app uses now.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 1 });
    // IndexedDB trusts the free space it last saw for a while; coming back to the app after
    // its connection has been closed for a moment makes it ask again.
    await page.goto('about:blank');
    await page.waitForTimeout(4_000);
    await openStep(page, id, 'competitorQuestions');
    await expect(answer(0)).toHaveValue('Tulemme kotiin samana päivänä.');

    const long = `Vahvuutemme ja heikkoutemme. ${'Hoitajamme tuntevat asiakkaan kodin. '.repeat(120)}`;
    await answer(1).fill(long);
    await answer(1).pressSequentially(' Loppu.');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText(t('app.saveFailed'));
    await expect(alert).toContainText(t('errors.quota'));
    await expect(alert).toContainText(t('errors.keptOnScreen'));
    await expect(page.getByRole('button', { name: t('errors.retry') })).toBeVisible();
    await answer(1).blur();
    await expect(answer(1)).toHaveValue(`${long} Loppu.`);
    await page.screenshot({ path: test.info().outputPath('quota-banner.png') });
    // The page has room below its last lines: the step buttons are not hidden under the banner.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: test.info().outputPath('quota-banner-bottom.png') });

    // A choice made while full stays chosen, and the typed text is still there after a visit
    // to the next step, though neither is in the database yet.
    await page.locator('a[rel="next"]').click();
    const valuation = page.getByRole('group', {
      name: t('gridStep.valuationLabel', { criterion: t('criteria.products') }),
      exact: true,
    });
    const five = valuation.getByRole('radio', { name: t('gridStep.valuationScale.5') });
    await five.check();
    await page.waitForTimeout(500);
    await expect(five).toBeChecked();
    await page.locator('a[rel="prev"]').click();
    await expect(answer(1)).toHaveValue(`${long} Loppu.`);

    // What was saved before is intact, and the failed text is not half there.
    const whileFull = (await readStored(page, id))?.competitorQuestions as Record<string, string>;
    expect(whileFull.difference).toBe('Tulemme kotiin samana päivänä.');
    expect(whileFull.strengthsWeaknesses).toBe('');

    // Space is freed; the user does nothing: the app saves the kept text by itself.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await expect(alert).toHaveCount(0, { timeout: 20_000 });
    await expectSaved(page, t);

    await page.reload();
    await expect(answer(0)).toHaveValue('Tulemme kotiin samana päivänä.');
    await expect(answer(1)).toHaveValue(`${long} Loppu.`);
    const after = (await readStored(page, id))?.competitorQuestions as Record<string, string>;
    expect(after.strengthsWeaknesses).toBe(`${long} Loppu.`);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    profile.remove();
  }
});
