// The PDF of the maximal assessment (the floor: tables of about as much text), from the click
// to the finished file: the click event's timestamp to the moment the page makes a blob: URL of
// a PDF (hooked URL.createObjectURL); the download itself is awaited too. Each run is a fresh
// visit: its first PDF loads the code and fonts, the next ones (the median of WARM) are warm.
import { interleave, summarize } from './shared.mjs';
import { readFileSync } from 'node:fs';

const WARM = 3;

/** Records the last click's timestamp and when a PDF blob gets a URL. */
function hookPdf() {
  addEventListener('click', (e) => (window.__benchClick = e.timeStamp), true);
  const create = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    if (blob instanceof Blob && blob.type === 'application/pdf') {
      window.__benchPdf = performance.now() - window.__benchClick;
    }
    return create.call(this, blob);
  };
}

const pageCount = (bytes) =>
  (bytes.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

async function onePdf(page, button) {
  await page.evaluate(() => (window.__benchPdf = undefined));
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const ms = await page.evaluate(() => window.__benchPdf);
  if (ms === undefined) throw new Error('The PDF was not handed over as a blob: URL.');
  return { ms, file: readFileSync(await download.path()) };
}

async function visit({ page, url, button }) {
  await page.goto(url);
  await button.waitFor();
  // Start-up work (texts, the service worker) is done before the user reaches for the button.
  await page.waitForTimeout(500);
  const first = await onePdf(page, button);
  const warm = [];
  for (let i = 0; i < WARM; i++) warm.push((await onePdf(page, button)).ms);
  return { first: first.ms, warm: summarize(warm).median, file: first.file };
}

/** The two PDF figures for every subject, and each PDF's pages and size. */
export async function pdfFigures(browser, subjects, { runs }) {
  const states = new Map();
  for (const s of subjects) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fi-FI',
      acceptDownloads: true,
    });
    await context.addInitScript(hookPdf);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`${s.name}: page error:`, e.message));
    const url = await s.pdf.open(page);
    states.set(s.name, { context, page, url, button: s.pdf.button(page) });
  }
  const samples = await interleave(subjects, runs, (s) => visit(states.get(s.name)));
  for (const { context } of states.values()) await context.close();
  const pick = (key) =>
    Object.fromEntries(Object.entries(samples).map(([name, r]) => [name, r.map((x) => x[key])]));
  const files = Object.entries(samples).map(([name, r]) => {
    const f = r[0].file;
    return `${name} ${pageCount(f)} pages, ${(f.length / 1000).toFixed(0)} kB`;
  });
  return {
    figures: { pdfWarm: pick('warm'), pdfFirst: pick('first') },
    info: { pdf: `${files.join('; ')}; warm = median of ${WARM} after the first` },
  };
}
