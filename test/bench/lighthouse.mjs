// Lighthouse's mobile performance (its default: a mid-range phone on slow 4G, simulated) of the
// first screen, a fresh Chromium profile each run, app and floor runs alternating: the score and
// the three metrics the targets name. Lists what cost points in the app's last run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { interleave } from './shared.mjs';

// Lighthouse starts Chromium itself, headless.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

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
      onlyCategories: ['performance'],
    });
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

function lostPoints(lhr) {
  return lhr.categories.performance.auditRefs
    .map((ref) => ({ ref, a: lhr.audits[ref.id] }))
    .filter(({ ref, a }) => ref.weight > 0 && a.score !== null && a.score < 1)
    .map(({ a }) => `${a.id} ${a.score} (${a.displayValue ?? ''})`);
}

/** The Lighthouse figures for every subject, `runs` audits each. */
export async function lighthouseFigures(subjects, { runs }) {
  const lhrs = await interleave(subjects, runs, (s) => audit(`${s.base}/`));
  const pick = (fn) =>
    Object.fromEntries(Object.entries(lhrs).map(([name, list]) => [name, list.map(fn)]));
  const info = {};
  for (const [name, list] of Object.entries(lhrs)) {
    const lost = lostPoints(list[list.length - 1]);
    info[`${name} Lighthouse`] = lost.length ? `last run loses on ${lost.join(', ')}` : 'no losses';
  }
  return {
    figures: {
      lhScore: pick((l) => Math.round(l.categories.performance.score * 100)),
      lcp: pick((l) => l.audits['largest-contentful-paint'].numericValue / 1000),
      tbt: pick((l) => l.audits['total-blocking-time'].numericValue),
      cls: pick((l) => l.audits['cumulative-layout-shift'].numericValue),
    },
    info,
  };
}
