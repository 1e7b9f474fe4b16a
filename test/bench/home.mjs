import { createThroughForm, editStored, percentiles } from './shared.mjs';

/** Time to show the home screen with 1,000 stored assessments: from navigation to the first page of the list. */
export async function homeWithManyAssessments(browser, base, report) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  const id = await createThroughForm(page, base, 'Mallikoti 0');
  // Copies of a record the app itself wrote, each with its own id and name.
  await editStored(
    page,
    id,
    `return Array.from({ length: arg }, (_, i) => ({
       ...record,
       id: record.id.slice(0, 24) + String(i).padStart(12, '0'),
       business: { ...record.business, name: 'Mallikoti ' + (i + 1) },
       updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
     }));`,
    999,
  );
  // The copies were written behind the app's back, without list summaries: the first load
  // rebuilds them in the background. Measure the steady state after that.
  await page.goto(`${base}/`);
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('markkinapaja');
        req.onsuccess = () => {
          const count = req.result.transaction('summaries').objectStore('summaries').count();
          count.onsuccess = () => {
            req.result.close();
            resolve(count.result === 1000);
          };
        };
      }),
    null,
    { polling: 200 },
  );
  // A few loads first: right after a thousand writes the browser is still settling its
  // database files, which a user's long-kept database is not.
  const load = async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.card-list > li:nth-child(50)');
    await page.getByRole('button', { name: /\(1000 yhteensä\)/ }).waitFor();
    return page.evaluate(() => performance.now());
  };
  for (let i = 0; i < 5; i++) await load();
  const times = [];
  for (let i = 0; i < 7; i++) times.push(await load());
  const { median, p95 } = percentiles(times);
  report(
    'home screen with 1,000 assessments, median of 7 loads',
    median.toFixed(0),
    'ms',
    '< 300 ms',
  );
  report('home screen with 1,000 assessments, slowest of 7 loads', p95.toFixed(0), 'ms');
  await context.close();
}
