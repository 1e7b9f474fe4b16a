import { expect, type Page } from '@playwright/test';
import { textsOf } from './texts';

/**
 * Waits until the service worker has finished activating (its precache is complete), reloads,
 * and waits until it controls the page: only then does the app work without the server.
 */
export async function waitUntilOffline(page: Page) {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    null,
    { polling: 100, timeout: 30_000 },
  );
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    polling: 100,
  });
}

/** Creates an assessment through the Finnish form and returns its id. */
export async function createAssessment(page: Page, base: string, name: string): Promise<string> {
  const t = textsOf('fi');
  await page.goto(`${base}/new`);
  await page.getByLabel(t('newAssessment.name'), { exact: true }).fill(name);
  await page.getByRole('button', { name: t('newAssessment.create') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  return page.url().split('/a/')[1];
}

/** The stored assessment record, as JSON text, read straight from IndexedDB. */
export async function storedRecord(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('markkinapaja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('assessments').objectStore('assessments').get(id);
          get.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(get.result ?? null));
          };
        };
      }),
    id,
  );
}
