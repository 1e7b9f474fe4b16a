/** Creates an assessment through the app's own form and returns its id. */
export async function createThroughForm(page, base, name) {
  await page.goto(`${base}/new`);
  await page.getByLabel(/Yrityksen nimi|Business name/).fill(name);
  await page.getByRole('button', { name: /Luo arviointi|Create assessment/ }).click();
  await page.waitForURL(/\/a\/[^/]+$/);
  return page.url().split('/a/')[1];
}

/** Runs fn(record) on the stored record inside the page and writes the result back. */
export async function editStored(page, id, fnSource, arg) {
  await page.evaluate(
    async ({ id, fnSource, arg }) => {
      const fn = new Function('record', 'arg', fnSource);
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('markkinapaja');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('assessments', 'readwrite');
      const store = tx.objectStore('assessments');
      const record = await new Promise((resolve) => {
        const r = store.get(id);
        r.onsuccess = () => resolve(r.result);
      });
      const out = fn(record, arg);
      for (const rec of Array.isArray(out) ? out : [out]) store.put(rec);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { id, fnSource, arg },
  );
}

/** The median and 95th percentile of a list of numbers. */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}
