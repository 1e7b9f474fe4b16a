// The home list with 1,000 stored records: from the start of the navigation to the moment the
// 50th card is in the document (a MutationObserver's performance mark, so no polling delay).
// A few loads first, as a long-used device has its database files settled; then one load a run.
import { interleave } from './shared.mjs';

const COUNT = 1000;
const CARDS = 50;
const WARM_UP = 2;

/** Marks "bench:cards" when the page holds `cards` elements matching `selector`. */
function markCards({ selector, cards }) {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll(selector).length < cards) return;
    performance.mark('bench:cards');
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function load(page, url) {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('bench:cards')[0]?.startTime,
    null,
    { timeout: 15_000 },
  );
  return handle.jsonValue();
}

/** The home figure for every subject. */
export async function homeFigures(browser, subjects, { runs }) {
  const states = new Map();
  for (const s of subjects) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'fi-FI',
    });
    const page = await context.newPage();
    const url = await s.home.open(page, COUNT);
    await page.addInitScript(markCards, { selector: s.home.card, cards: CARDS });
    for (let i = 0; i < WARM_UP; i++) await load(page, url);
    states.set(s.name, { context, page, url });
  }
  const samples = await interleave(subjects, runs, (s) => {
    const { page, url } = states.get(s.name);
    return load(page, url);
  });
  for (const { context } of states.values()) await context.close();
  return { figures: { home: samples }, info: { home: `${COUNT} records, to card ${CARDS}` } };
}
