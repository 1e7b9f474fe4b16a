import { createThroughForm, editStored, percentiles } from './shared.mjs';

const MARK = 'markkinapaja:save-committed';

/**
 * Keystroke to committed IndexedDB write on the competitor grid with 5 competitors and 20
 * criteria, in the wide table (every cell on screen): a score chosen with the keyboard saves at
 * once; a typed note saves when typing pauses (300 ms), so its figure is given after the pause.
 */
export async function gridKeystrokes(browser, base, report) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  const id = await createThroughForm(page, base, 'Ruudukko Oy');
  await editStored(
    page,
    id,
    `const g = record.grid;
     for (let i = 0; i < 3; i++) g.competitors['bench-c' + i] = { id: 'bench-c' + i, name: 'Kilpailija ' + (i + 3), position: 10 + i };
     for (let i = 0; i < 8; i++) g.criteria['bench-k' + i] = { id: 'bench-k' + i, key: null, name: 'Kohde ' + (i + 13), position: 100 + i, valuation: null };
     return record;`,
  );
  await page.goto(`${base}/a/${id}/grid`);
  const selects = page.locator('table select');
  await selects.first().waitFor();
  const cells = await selects.count();
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', (e) => window.__keys.push(e.timeStamp), true);
  });
  const commits = () => page.evaluate((m) => performance.getEntriesByName(m).length, MARK);
  const lastDelay = () =>
    page.evaluate((m) => {
      const marks = performance.getEntriesByName(m);
      return marks[marks.length - 1].startTime - window.__keys[window.__keys.length - 1];
    }, MARK);

  const scoreTimes = [];
  for (let i = 0; i < 40; i++) {
    const before = await commits();
    await selects.nth((i * 7) % cells).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      ([m, n]) => performance.getEntriesByName(m).length > n,
      [MARK, before],
    );
    scoreTimes.push(await lastDelay());
  }
  const score = percentiles(scoreTimes);
  report(
    `grid ${cells} score fields: keyboard score → committed write, median`,
    score.median.toFixed(1),
    'ms',
    '< 30 ms',
  );
  report(
    'grid: keyboard score → committed write, 95th percentile',
    score.p95.toFixed(1),
    'ms',
    '< 30 ms',
  );

  const notes = page.locator('table textarea');
  const noteTimes = [];
  for (let i = 0; i < 20; i++) {
    const before = await commits();
    await notes.nth((i * 5) % (await notes.count())).focus();
    await page.keyboard.type('ab');
    await page.waitForFunction(
      ([m, n]) => performance.getEntriesByName(m).length > n,
      [MARK, before],
    );
    noteTimes.push((await lastDelay()) - 300);
  }
  const note = percentiles(noteTimes);
  report(
    'grid: typed note → committed write after the 300 ms pause, median',
    note.median.toFixed(1),
    'ms',
    '< 30 ms',
  );
  report(
    'grid: typed note → committed write after the 300 ms pause, 95th percentile',
    note.p95.toFixed(1),
    'ms',
    '< 30 ms',
  );
  await context.close();
}
