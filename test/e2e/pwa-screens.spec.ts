import { axeProblems } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { LOCALE, textsOf, type Lng } from './texts';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/** What Chromium sends when it would let the user install the app. */
async function offerInstall(page: Page) {
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => undefined,
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(offer);
  });
}

for (const lng of ['fi', 'en'] as Lng[]) {
  test.describe(`in ${lng}`, () => {
    test.use({ locale: LOCALE[lng] });

    test('the Your data screen and the install hint at a phone size', async ({ page }) => {
      const t = textsOf(lng);
      await page.goto('/');
      await offerInstall(page);
      const install = page.getByRole('button', { name: t('pwa.install.button') });
      await expect(install).toBeVisible();
      await install.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`home-install-${lng}.png`) });
      expect(await axeProblems(page)).toEqual([]);

      await page.getByRole('link', { name: t('pwa.yourData.link') }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: t('pwa.yourData.title') }),
      ).toBeVisible();
      // Chromium answers both questions; the words depend on its answer.
      await expect(page.getByText(/^(Kyllä|Ei luvattu|Yes|Not promised)\./)).toBeVisible();
      const [before, after] = t('pwa.yourData.space', { size: '|' }).split('|');
      await expect(page.getByText(new RegExp(`^${before}[0-9,.]+ \\S+${after}$`))).toBeVisible();
      await page.screenshot({
        path: test.info().outputPath(`your-data-${lng}.png`),
        fullPage: true,
      });
      expect(await axeProblems(page)).toEqual([]);
    });
  });
}

test.describe('on an iPhone in Safari', () => {
  test.use({ locale: LOCALE.sv, userAgent: IPHONE });

  test('the 7-day warning and the Add to Home Screen steps', async ({ page }) => {
    const t = textsOf('sv');
    await page.goto('/your-data');
    await expect(page.getByText(t('pwa.yourData.iosWarning'))).toBeVisible();
    await expect(page.getByText(t('pwa.install.ios'))).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('your-data-ios-sv.png'), fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
  });
});
