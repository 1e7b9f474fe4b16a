import { COMPETITOR_QUESTIONS } from '../../src/domain/workshop';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { textsOf } from './texts';

type Texts = ReturnType<typeof textsOf>;

/** Errors the page did not handle, and errors it logged: a resilient app has none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Creates an assessment through the form, as a user would; returns its id. The base is the
 * app's address when the browser has no base URL of its own.
 */
export async function createThroughForm(
  page: Page,
  t: Texts,
  name: string,
  base = '',
): Promise<string> {
  await page.goto(`${base}/new`);
  await page.getByLabel(t('newAssessment.name'), { exact: true }).fill(name);
  await page.getByRole('button', { name: t('newAssessment.create') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  return page.url().split('/a/')[1];
}

/** Opens a step of an assessment and waits for its heading. */
export async function openStep(page: Page, id: string, step: string, base = ''): Promise<void> {
  await page.goto(`${base}/a/${id}/${step}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * Waits until the header says that the latest typing is being saved and then that everything is
 * saved: the word the user trusts. (Right after typing it may still say the previous "saved".)
 */
export async function expectSavingThenSaved(page: Page, t: Texts): Promise<void> {
  await expect(page.getByRole('status')).toHaveText(t('app.saving'));
  await expectSaved(page, t);
}

/** Waits until the header says that everything is saved. */
export async function expectSaved(page: Page, t: Texts, timeout = 10_000): Promise<void> {
  await expect(page.getByRole('status')).toHaveText(t('app.saved'), { timeout });
}

/** The assessment as stored in IndexedDB, read past the app with the browser's own API. */
export function readStored(page: Page, id: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('markkinapaja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const get = idb.transaction('assessments').objectStore('assessments').get(key);
          get.onsuccess = () => {
            idb.close();
            resolve((get.result as Record<string, unknown> | undefined) ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** The label of the competitor question at this index, as the step shows it. */
export function questionLabel(t: Texts, index: number): string {
  return `${index + 1}. ${t(`competitorQuestions.${COMPETITOR_QUESTIONS[index]}`)}`;
}

/** A new, empty browser profile folder; removed again with the returned function. */
export function tempProfile(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'markkinapaja-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Chromium with a profile on disk, set up like the config's browser: incognito contexts keep
 * IndexedDB in memory, where neither quotas nor a crash mean what they mean on a phone.
 */
export function launchProfile(dir: string, options: { serviceWorkers?: 'allow' | 'block' } = {}) {
  const use = test.info().project.use;
  return chromium.launchPersistentContext(dir, {
    executablePath: use.launchOptions?.executablePath,
    args: use.launchOptions?.args,
    baseURL: use.baseURL,
    locale: use.locale,
    viewport: use.viewport,
    serviceWorkers: options.serviceWorkers,
  });
}

/** The page a persistent context opens with. */
export function firstPage(context: BrowserContext): Promise<Page> {
  return Promise.resolve(context.pages()[0] ?? context.newPage());
}
