// `npm run bench`: the figures of "Fast on a slow phone", measured in Chromium on the app's
// production build (dist/) and on the floor (test/bench/floor/, built here), served side by side.
// Prints one table and writes test/bench/out/bench-results.json. Exits 0 whatever the figures;
// only a broken measurement fails it. Environment (for a quicker look while working):
//   BENCH_ONLY=size,lighthouse,grid,home,pdf,group   the suites to run (default: all)
//   BENCH_RUNS=5        runs of each timed figure (fewer is not a figure to compare)
//   LIGHTHOUSE_RUNS=3   Lighthouse audits of each subject
//   BENCH_PRESSES=40    saves in each grid run
//   BENCH_PORT=4199     the app's port (the floor's is one below)
//   BENCH_DIST=dist     the app's build;  BENCH_JSON=<file>  where the results go
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { collect, printTable, writeJson } from './figures.mjs';
import { buildFloor } from './floor/build.mjs';
import floorConfig from './floor/vite.config.mjs';
import { gridFigures } from './grid.mjs';
import { groupFigures } from './group.mjs';
import { homeFigures } from './home.mjs';
import { lighthouseFigures } from './lighthouse.mjs';
import { pdfFigures } from './pdf.mjs';
import { sizeFigures } from './size.mjs';
import { appSubject, floorSubject } from './subjects.mjs';

const SUITES = ['size', 'lighthouse', 'grid', 'home', 'pdf', 'group'];
const only = (process.env.BENCH_ONLY ?? SUITES.join(',')).split(',').map((s) => s.trim());
const unknown = only.filter((s) => !SUITES.includes(s));
if (unknown.length) throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')}; use ${SUITES}`);
const options = {
  runs: Number(process.env.BENCH_RUNS ?? 5),
  lighthouseRuns: Number(process.env.LIGHTHOUSE_RUNS ?? 3),
  presses: Number(process.env.BENCH_PRESSES ?? 40),
};
const dist = process.env.BENCH_DIST ?? 'dist';
const jsonFile = process.env.BENCH_JSON ?? 'test/bench/out/bench-results.json';
// BENCH_PORT moves both servers when another program holds the ports.
const APP_PORT = Number(process.env.BENCH_PORT ?? 4199);
const FLOOR_PORT = APP_PORT - 1;

const started = Date.now();
const load = [loadavg()[0]];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(0);

console.log('Building the floor…');
const floorDist = await buildFloor();
const serve = (config, port) =>
  preview({ ...config, preview: { port, strictPort: true, host: '127.0.0.1' } });
const servers = [
  await serve({ build: { outDir: dist } }, APP_PORT),
  await serve({ ...floorConfig, configFile: false }, FLOOR_PORT),
];
const subjects = [
  appSubject(`http://127.0.0.1:${APP_PORT}`, dist),
  floorSubject(`http://127.0.0.1:${FLOOR_PORT}`, floorDist),
];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const suites = {
  size: () => sizeFigures(subjects),
  lighthouse: () => lighthouseFigures(subjects, { runs: options.lighthouseRuns }),
  grid: () => gridFigures(browser, subjects, options),
  home: () => homeFigures(browser, subjects, options),
  pdf: () => pdfFigures(browser, subjects, options),
  group: () => groupFigures(browser, subjects, options),
};

const samples = {};
const info = {};
let failed = false;
try {
  for (const name of SUITES.filter((s) => only.includes(s))) {
    const t = Date.now();
    const out = await suites[name]();
    Object.assign(samples, out.figures);
    Object.assign(info, out.info);
    console.log(`${name}: done in ${seconds(t)} s`);
  }
} catch (e) {
  failed = true;
  console.error('The bench broke:', e);
} finally {
  load.push(loadavg()[0]);
  const chromiumVersion = browser.version();
  await browser.close();
  for (const s of servers) await new Promise((resolve) => s.httpServer.close(resolve));
  const rows = collect(samples);
  console.log('');
  for (const [key, value] of Object.entries(info)) console.log(`${key}: ${value}`);
  console.log(
    `${options.runs} runs a timed figure, ${options.lighthouseRuns} Lighthouse runs a subject;` +
      ` load average ${load.map((l) => l.toFixed(1)).join(' → ')}; ${seconds(started)} s in all.`,
  );
  if (options.runs < 5) console.log('Fewer than 5 runs: a quick look, not figures to compare.');
  console.log('');
  printTable(rows);
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the results are still worth keeping.
  }
  const meta = { date: new Date().toISOString(), commit, chromium: chromiumVersion, options, info };
  await writeJson(jsonFile, rows, { ...meta, node: process.version, loadAverage: load });
  console.log(`\nWritten to ${jsonFile}.`);
}
process.exitCode = failed ? 1 : 0;
