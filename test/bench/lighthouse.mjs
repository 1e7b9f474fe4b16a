import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

// Lighthouse starts Chromium itself, headless.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const TARGETS = { performance: '≥ 95', accessibility: '100', 'best-practices': '≥ 95' };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'];
// Scores move with the machine's load: the median of a few runs is the figure.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
    chromeFlags: FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: Object.keys(TARGETS),
    });
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse's mobile scores (its default: a mid-range phone on a slow 4G connection, simulated)
 * for the home screen of the built app, a fresh profile each run. Lists the audits that cost
 * points in the last run.
 */
export async function lighthouseScores(base, report) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(`${base}/`));
  for (const [id, target] of Object.entries(TARGETS)) {
    const scores = runs.map((lhr) => Math.round(lhr.categories[id].score * 100));
    const title = runs[0].categories[id].title;
    report(
      `Lighthouse mobile ${title} (median of ${RUNS}: ${scores.join(', ')})`,
      median(scores),
      '',
      target,
    );
  }
  for (const id of METRICS) {
    const values = runs.map((lhr) => lhr.audits[id].numericValue);
    report(`  ${runs[0].audits[id].title}`, Math.round(median(values)), 'ms');
  }
  const last = runs[runs.length - 1];
  for (const id of Object.keys(TARGETS)) {
    for (const ref of last.categories[id].auditRefs) {
      const a = last.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        console.log(`    ${id} loses points on ${a.id}: ${a.score} ${a.displayValue ?? ''}`);
      }
    }
  }
}
