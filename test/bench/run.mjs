// Prints the app's speed figures, measured in Chromium on the production build in dist/.
// Run with `npm run bench` (it builds first). Figures, not pass/fail: compare them with the
// targets printed beside them.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { homeWithManyAssessments } from './home.mjs';
import { gridKeystrokes } from './grid.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { buildSizes } from './size.mjs';
import { pdfTimes } from './pdf.mjs';

const dist = process.env.BENCH_DIST ?? 'dist';
const server = await preview({
  build: { outDir: dist },
  preview: { port: 4199, strictPort: true, host: '127.0.0.1' },
});
const base = 'http://127.0.0.1:4199';
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});

const rows = [];
const report = (name, value, unit, target) => {
  rows.push({ name, value, unit, target });
  console.log(`${name}: ${value} ${unit}${target ? `  (target ${target})` : ''}`);
};

try {
  buildSizes(dist, report);
  if (!process.env.BENCH_ONLY_HOME) await lighthouseScores(base, report);
  if (!process.env.BENCH_ONLY_HOME) await gridKeystrokes(browser, base, report);
  if (!process.env.BENCH_ONLY_HOME) await pdfTimes(browser, base, report);
  await homeWithManyAssessments(browser, base, report);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
