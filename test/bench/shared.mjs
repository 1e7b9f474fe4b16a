// Helpers shared by the bench's measurements: seeding a database inside a page, and the
// statistics every figure is given with.

/** Creates an assessment through the app's own form and returns its id. */
export async function createThroughForm(page, base, name) {
  await page.goto(`${base}/new`);
  await page.getByLabel(/Yrityksen nimi|Business name/).fill(name);
  await page.getByRole('button', { name: /Luo arviointi|Create assessment/ }).click();
  await page.waitForURL(/\/a\/[^/]+$/);
  return page.url().split('/a/')[1];
}

/** Runs fn(record) on the app's stored record inside the page and writes the result back. */
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

/** Writes records into an existing database's store from inside the page, in one transaction. */
export async function putRecords(page, dbName, storeName, records) {
  await page.evaluate(
    async ({ dbName, storeName, records }) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(storeName, 'readwrite');
      for (const r of records) tx.objectStore(storeName).put(r);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { dbName, storeName, records },
  );
}

const sorted = (values) => [...values].sort((a, b) => a - b);
/** The nearest-rank quantile q (0–1) of a list of numbers. */
export const quantile = (values, q) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

/** The median and 95th percentile of a list of numbers. */
export function percentiles(values) {
  return { median: quantile(values, 0.5), p95: quantile(values, 0.95) };
}

/** Median, min and max of one figure's runs, with the runs themselves. */
export function summarize(runs) {
  if (runs.length === 0) return null;
  // The median of an even count is the mean of the middle two.
  const s = sorted(runs);
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs };
}

/** Runs once(subject, run) for every run, alternating the subjects so that both share the noise. */
export async function interleave(subjects, runs, once) {
  const out = Object.fromEntries(subjects.map((s) => [s.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const s of subjects) out[s.name].push(await once(s, run));
  }
  return out;
}
