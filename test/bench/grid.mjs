// The competitor grid: a score changed with the keyboard, to its committed IndexedDB write (the
// page's `markkinapaja:save-committed` mark minus the keydown's timestamp), and the longest
// main-thread task from that key press until the page has settled after the save (from a trace).
// Each run is a fresh load of the grid with `presses` saves; p95 and max are taken within a run.
import { gridShape } from './subjects.mjs';
import { interleave, quantile } from './shared.mjs';
import { TRACE_CATEGORIES, longestTasks } from './trace.mjs';

const MARK = 'markkinapaja:save-committed';
// After the commit, time for what follows from it (the live query, the redraw) to run.
const SETTLE_MS = 200;
// The floor's table when the app is not measured: the app's grid with 5 competitors, 20 criteria.
const DEFAULT_SHAPE = { rows: 20, cols: 7 };

/** Marks every key press, for this page's lifetime. */
function markKeys() {
  addEventListener(
    'keydown',
    (e) => {
      window.__benchKey = e.timeStamp;
      performance.mark('bench:key');
    },
    true,
  );
}

/** Focuses cell k, arms a wait for the next commit, and says which key changes its value. */
function arm({ select, k, mark, settle }) {
  const el = document.querySelectorAll(select)[k];
  el.focus();
  window.__benchDone = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no committed save within 5 s')), 5000);
    const observer = new PerformanceObserver((list) => {
      const m = list.getEntries().find((e) => e.name === mark);
      if (!m) return;
      observer.disconnect();
      clearTimeout(timer);
      setTimeout(() => {
        performance.mark('bench:settled');
        resolve(m.startTime - window.__benchKey);
      }, settle);
    });
    observer.observe({ type: 'mark' });
  });
  return el.selectedIndex >= el.options.length - 1 ? 'ArrowUp' : 'ArrowDown';
}

async function oneRun(browser, state, run, presses) {
  const { page, url, select } = state;
  await page.goto(url);
  await page.locator(select).first().waitFor();
  const cells = await page.locator(select).count();
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const delays = [];
  let trace;
  try {
    for (let i = 0; i < presses; i++) {
      const k = (i * 7 + run * 3) % cells;
      const key = await page.evaluate(arm, { select, k, mark: MARK, settle: SETTLE_MS });
      await page.keyboard.press(key);
      delays.push(await page.evaluate(() => window.__benchDone));
    }
  } finally {
    trace = await browser.stopTracing();
  }
  const tasks = longestTasks(trace, 'bench:key', 'bench:settled');
  return {
    saveP95: quantile(delays, 0.95),
    taskMax: Math.max(...tasks),
    taskP95: quantile(tasks, 0.95),
    cells,
  };
}

/** The grid's figures for every subject; the floor is given the app's table shape. */
export async function gridFigures(browser, subjects, { runs, presses }) {
  const states = new Map();
  let shape;
  for (const s of subjects) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fi-FI',
    });
    await context.addInitScript(markKeys);
    const page = await context.newPage();
    const url = await s.grid.open(page, shape ?? DEFAULT_SHAPE);
    if (!shape) {
      await page.goto(url);
      await page.locator(s.grid.select).first().waitFor();
      shape = await gridShape(page, s.grid.select);
    }
    states.set(s.name, { context, page, url, select: s.grid.select });
  }
  const samples = await interleave(subjects, runs, (s, run) =>
    oneRun(browser, states.get(s.name), run, presses),
  );
  for (const { context } of states.values()) await context.close();
  const pick = (key) =>
    Object.fromEntries(Object.entries(samples).map(([name, r]) => [name, r.map((x) => x[key])]));
  return {
    figures: {
      gridSave: pick('saveP95'),
      gridTaskMax: pick('taskMax'),
      gridTaskP95: pick('taskP95'),
    },
    info: {
      grid: `${shape.cells} score selects (${shape.rows} × ${shape.cols}), ${presses} saves a run`,
    },
  };
}
