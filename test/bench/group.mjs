// The facilitator's figures (#11), measured on the app alone (the floor has no groups): 200
// businesses, each with a follow-up, imported from 200 files into one group; the group view
// drawn; the switch to "before → now"; the group PDF. Each run starts from an empty database.
// The times end when the result is drawn: a MutationObserver sees it, then the next frame.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { businessFile } from './group-files.mjs';

// BENCH_GROUP=<n> measures a group of another size (the targets are for 200).
const COUNT = Number(process.env.BENCH_GROUP ?? 200);
// The rows the group view draws in its first frame (FIRST_ROWS in use-catch-up.ts).
const FIRST = Math.min(20, COUNT);
const GROUP = 'Kevät 2027 · Seinäjoki';
const fi = (file) =>
  JSON.parse(readFileSync(new URL(`../../locales/fi/${file}.json`, import.meta.url), 'utf8'));
const texts = { ...fi('backup'), ...fi('groups-first'), ...fi('group'), ...fi('group-reports') };

/**
 * In every page: marks `bench:<name>` once the page holds `count` elements matching `selector`
 * (as set in window.__benchWatch), after the frame that draws them; and remembers the last
 * click's and the last file choice's timestamps.
 */
function watch() {
  const create = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    if (blob instanceof Blob && blob.type === 'application/pdf') {
      window.__benchPdf = performance.now() - window.__benchClick;
    }
    return create.call(this, blob);
  };
  // Watches for the next load are left in sessionStorage, so that they are set before the app runs.
  window.__benchWatch = JSON.parse(sessionStorage.getItem('benchWatch') ?? '[]');
  sessionStorage.removeItem('benchWatch');
  addEventListener('click', (e) => (window.__benchClick = e.timeStamp), true);
  addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file') {
        window.__benchChosen = e.timeStamp;
      }
    },
    true,
  );
  const observer = new MutationObserver(() => {
    for (const w of window.__benchWatch) {
      if (document.querySelectorAll(w.selector).length < w.count) continue;
      window.__benchWatch = window.__benchWatch.filter((x) => x !== w);
      requestAnimationFrame(() => setTimeout(() => performance.mark(`bench:${w.name}`)));
    }
  });
  addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { childList: true, subtree: true, characterData: true }),
  );
}

const markTime = (page, name) =>
  page
    .waitForFunction((n) => performance.getEntriesByName(`bench:${n}`)[0]?.startTime, name, {
      timeout: 60_000,
    })
    .then((h) => h.jsonValue());

async function once(browser, base, dir) {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    locale: 'fi-FI',
  });
  await context.addInitScript(watch);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('group: page error:', e.message));
  try {
    await page.goto(`${base}/backup`);
    await page.getByLabel(texts.groups.importLabel).fill(GROUP);
    const message = texts.backup.imported_other.replace('{{count}}', COUNT);
    // The status text is what tells the user; wait for it, then take the frame after.
    await page
      .getByLabel(texts.backup.choose)
      .setInputFiles(Array.from({ length: COUNT }, (_, i) => join(dir, `yritys-${i + 1}.json`)));
    await page.getByText(message).waitFor({ timeout: 60_000 });
    const imported = await page.evaluate(
      () =>
        new Promise((r) =>
          requestAnimationFrame(() =>
            setTimeout(() => r(performance.now() - window.__benchChosen)),
          ),
        ),
    );

    const view = `${base}/groups/${encodeURIComponent(GROUP)}`;
    // The rows of the first screen (the view draws the rest in steps after it), and all of them.
    const rows = (mode, name) => [
      { name, selector: `.group-table tbody tr[data-view="${mode}"]`, count: FIRST },
      { name: `${name}All`, selector: `.group-table tbody tr[data-view="${mode}"]`, count: COUNT },
    ];
    // One load first, as the facilitator has opened the app before; then the measured one.
    for (const name of ['warm', 'view']) {
      await page.evaluate(
        (w) => sessionStorage.setItem('benchWatch', JSON.stringify(w)),
        rows('levels', name),
      );
      await page.goto(view);
      await markTime(page, `${name}All`);
    }
    const drawn = await markTime(page, 'view');
    const drawnAll = await markTime(page, 'viewAll');

    await page.evaluate((w) => (window.__benchWatch = w), rows('movement', 'movement'));
    await page.getByRole('radio', { name: texts.group.viewMovement }).click();
    const clicked = await page.evaluate(() => window.__benchClick);
    const switched = (await markTime(page, 'movement')) - clicked;
    const switchedAll = (await markTime(page, 'movementAll')) - clicked;

    // The group PDF of all 200: the first of the visit (its code and fonts load too), then one more.
    const pdf = async () => {
      await page.evaluate(() => (window.__benchPdf = undefined));
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: texts.groupReports.pdf }).click(),
      ]);
      await download.path();
      return page.evaluate(() => window.__benchPdf);
    };
    const pdfFirst = await pdf();
    const pdfWarm = await pdf();
    return { imported, drawn, drawnAll, switched, switchedAll, pdfFirst, pdfWarm };
  } finally {
    await context.close();
  }
}

/** The group figures: import, view, switch (and the group PDF where the app has one). */
export async function groupFigures(browser, subjects, { runs }) {
  const app = subjects.find((s) => s.name === 'app');
  const dir = mkdtempSync(join(tmpdir(), 'markkinapaja-group-'));
  try {
    for (let i = 0; i < COUNT; i++)
      writeFileSync(join(dir, `yritys-${i + 1}.json`), businessFile(i));
    const out = [];
    for (let run = 0; run < runs; run++) out.push(await once(browser, app.base, dir));
    const pick = (key) => ({ app: out.map((r) => r[key]) });
    return {
      figures: {
        groupImport: pick('imported'),
        groupView: pick('drawn'),
        groupViewAll: pick('drawnAll'),
        groupMovementAll: pick('switchedAll'),
        groupPdf: pick('pdfFirst'),
        groupPdfWarm: pick('pdfWarm'),
        groupMovement: pick('switched'),
      },
      info: { group: `${COUNT} businesses with a follow-up each, from ${COUNT} files, at 1280 px` },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
