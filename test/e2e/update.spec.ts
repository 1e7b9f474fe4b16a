import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, storedRecord, waitUntilOffline } from './pwa-helpers';
import { startStaticServer, type StaticServer } from './static-server';
import { textsOf } from './texts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distA = join(root, 'dist');
const LABEL = 'update-test';
const fi = textsOf('fi');
const sv = textsOf('sv');

let distB = '';
let server: StaticServer | null = null;

/** The entry script a page was built with: tells one build from another. */
const entryOf = (html: string) => /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Build B: the same app with another version label, as the next release would be.
  distB = mkdtempSync(join(tmpdir(), 'markkinapaja-b-'));
  execFileSync('npx', ['vite', 'build', '--outDir', distB, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, MARKKINAPAJA_BUILD_LABEL: LABEL },
    stdio: 'inherit',
  });
});

test.afterAll(() => {
  if (distB) rmSync(distB, { recursive: true, force: true });
});

test.afterEach(async () => {
  await server?.stop();
  server = null;
});

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

test('a new version waits for the user, keeps what was typed, and takes over only on Update', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const entryA = entryOf(readFileSync(join(distA, 'index.html'), 'utf8'));
  const entryB = entryOf(readFileSync(join(distB, 'index.html'), 'utf8'));
  expect(entryB).not.toBe(entryA);

  server = await startStaticServer(distA);
  const base = server.url;
  const id = await createAssessment(page, base, 'Päivitystesti Oy');
  await waitUntilOffline(page);

  await page.goto(`${base}/a/${id}/start`);
  const notes = page.getByLabel(fi('stepsUi.notesLabel'), { exact: true });
  await notes.fill('Kirjoitettu ennen päivitystä');
  // Survives only as long as the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'build A'));

  // Build B is deployed; the app looks for it when it comes back to the foreground.
  server.setRoot(distB);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const prompt = page.getByRole('status').filter({ hasText: fi('pwa.update.message') });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt.getByRole('button', { name: fi('pwa.update.later') })).toBeVisible();
  await screenshot(page, 'update-prompt-fi');

  // The prompt follows the language; nothing has reloaded meanwhile.
  await page.getByRole('button', { name: 'Svenska' }).click();
  const promptSv = page.getByRole('status').filter({ hasText: sv('pwa.update.message') });
  await expect(promptSv).toBeVisible();
  await screenshot(page, 'update-prompt-sv');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await expect(prompt).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
    'build A',
  );
  expect(await page.locator('script[type="module"]').getAttribute('src')).toBe(entryA);

  // Typed right before accepting: still inside the save delay, so only the flush saves it.
  await notes.press('End');
  await notes.pressSequentially(', ja juuri ennen');
  await prompt.getByRole('button', { name: fi('pwa.update.apply') }).click();

  // The page reloads once the new worker controls it; the marker goes with the old page.
  const marker = () =>
    page
      .evaluate(() => (window as unknown as { marker?: string }).marker ?? 'gone')
      .catch(() => 'reloading');
  await expect.poll(marker, { timeout: 30_000 }).toBe('gone');
  await expect(page.locator('script[type="module"]')).toHaveAttribute('src', entryB ?? '');
  const typed = 'Kirjoitettu ennen päivitystä, ja juuri ennen';
  await expect(page.getByLabel(fi('stepsUi.notesLabel'), { exact: true })).toHaveValue(typed);
  expect(await storedRecord(page, id)).toContain(typed);
  await expect(page.getByRole('status').filter({ hasText: fi('pwa.update.message') })).toHaveCount(
    0,
  );

  await page.goto(`${base}/your-data`);
  await expect(
    page.getByText(fi('pwa.yourData.version', { version: `0.1.0+${LABEL}` })),
  ).toBeVisible();
});
