// The two things every figure is measured on: the app (its production build in dist/) and the
// floor (test/bench/floor/, the same stack doing the same work with no app logic). Each says how
// to bring itself into the state a measurement needs; the measuring code is the same for both.
import { appGrid, appHome, appPdf } from './app-seed.mjs';
import { putRecords } from './shared.mjs';

/** The app, served at base from dist. */
export function appSubject(base, dist) {
  return {
    name: 'app',
    base,
    dist,
    grid: { open: (page) => appGrid(page, base), select: 'table select' },
    home: { open: (page, count) => appHome(page, base, count), card: '.card-list > li' },
    pdf: {
      source: 'src/pdf/',
      open: (page) => appPdf(page, base),
      button: (page) => page.getByRole('button', { name: 'Lataa suunnitelma PDF:nä' }),
    },
  };
}

/** The floor, served at base from dist; its grid takes the app's table shape ({ rows, cols }). */
export function floorSubject(base, dist) {
  return {
    name: 'floor',
    base,
    dist,
    grid: {
      open: async (_page, shape) => `${base}/grid?rows=${shape.rows}&cols=${shape.cols}`,
      select: 'table select',
    },
    home: {
      open: async (page, count) => {
        await page.goto(`${base}/`);
        await page.locator('.card-list').waitFor();
        const rows = Array.from({ length: count }, (_, i) => ({
          id: `row-${String(i).padStart(6, '0')}`,
          name: `Mallikoti ${i + 1}`,
          updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        }));
        await putRecords(page, 'floor', 'rows', rows);
        return `${base}/`;
      },
      card: '.card-list > li',
    },
    pdf: {
      source: 'pdf.ts',
      open: async () => `${base}/pdf`,
      button: (page) => page.getByRole('button', { name: 'Lataa PDF' }),
    },
  };
}

/** The grid's shape on the page: rows that hold selects, and selects in the first such row. */
export async function gridShape(page, select) {
  return page.evaluate((sel) => {
    const rows = [...document.querySelectorAll('tr')].filter((r) => r.querySelector(sel));
    const cols = rows.length ? rows[0].querySelectorAll('select').length : 0;
    return { rows: rows.length, cols, cells: document.querySelectorAll(sel).length };
  }, select);
}
