// The figures of the issue "Fast on a slow phone", each with its target, and how they are
// printed: one aligned table (app median and range, floor, app/floor ratio, target, met?) and a
// JSON file for later comparison. `met?` compares the app's median with the limit, or every run
// where the target says "every"/"no task"; it is information only and never fails the bench.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { summarize } from './shared.mjs';

// A figure shown for what it tells, with no target of its own.
const INFO = { target: '(information)', met: () => null };

/** Figure id, what the table calls it, unit, decimals, target, and the limit it is held to. */
export const FIGURES = [
  { id: 'firstJs', label: "first screen's JavaScript (gzip)", unit: 'kB', digits: 1, limit: 60 },
  {
    id: 'lhScore',
    label: 'Lighthouse mobile performance',
    unit: '',
    digits: 0,
    target: '100 in 3 of 3',
    met: (s) => s.runs.length >= 3 && s.runs.every((v) => v === 100),
    listRuns: true,
  },
  { id: 'lcp', label: 'LCP (Lighthouse)', unit: 's', digits: 2, limit: 1.2 },
  { id: 'tbt', label: 'TBT (Lighthouse)', unit: 'ms', digits: 0, limit: 50 },
  { id: 'cls', label: 'CLS (Lighthouse)', unit: '', digits: 3, limit: 0, every: true },
  { id: 'gridSave', label: 'grid: score → committed write, p95', unit: 'ms', digits: 1, limit: 20 },
  {
    id: 'gridTaskMax',
    label: 'grid: longest task after a save, max',
    unit: 'ms',
    digits: 1,
    limit: 50,
    every: true,
  },
  {
    id: 'gridTaskP95',
    label: 'grid: longest task after a save, p95',
    unit: 'ms',
    digits: 1,
    limit: 50,
  },
  { id: 'home', label: 'home, 1,000 assessments, to 50 cards', unit: 'ms', digits: 0, limit: 200 },
  {
    id: 'pdfWarm',
    label: 'PDF of the maximal assessment, warm',
    unit: 'ms',
    digits: 0,
    limit: 250,
  },
  { id: 'pdfFirst', label: 'first PDF of a visit', unit: 'ms', digits: 0, limit: 600 },
  { id: 'precache', label: 'precache (raw)', unit: 'kB', digits: 0, limit: 800 },
  {
    id: 'groupImport',
    label: 'group: 200 files imported',
    unit: 'ms',
    digits: 0,
    limit: 3000,
  },
  {
    id: 'groupView',
    label: 'group view of 200: first screen drawn',
    unit: 'ms',
    digits: 0,
    limit: 300,
  },
  { id: 'groupViewAll', label: 'group view: all 200 rows drawn', unit: 'ms', digits: 0, ...INFO },
  {
    id: 'groupMovement',
    label: 'group: before → now, first screen',
    unit: 'ms',
    digits: 0,
    limit: 100,
  },
  {
    id: 'groupMovementAll',
    label: 'group: before → now, all rows',
    unit: 'ms',
    digits: 0,
    ...INFO,
  },
  {
    id: 'groupPdf',
    label: 'group PDF of 200, first of a visit',
    unit: 'ms',
    digits: 0,
    limit: 1500,
  },
  { id: 'groupPdfWarm', label: 'group PDF of 200, warm', unit: 'ms', digits: 0, ...INFO },
];

const targetText = (f) =>
  f.target ?? `${f.limit === 0 ? '=' : '≤'} ${f.limit}${f.unit ? ` ${f.unit}` : ''}`;

function isMet(f, s) {
  if (!s) return null;
  if (f.met) return f.met(s);
  return (f.every ? s.max : s.median) <= f.limit;
}

function cell(f, s) {
  if (!s) return '—';
  const n = (v) => v.toFixed(f.digits);
  const unit = f.unit ? ` ${f.unit}` : '';
  if (s.runs.length === 1) return `${n(s.median)}${unit}`;
  const runs = f.listRuns ? ` [${s.runs.map(n).join(' ')}]` : '';
  return `${n(s.median)}${unit} (${n(s.min)}–${n(s.max)})${runs}`;
}

function ratio(app, floor) {
  if (!app || !floor) return null;
  if (floor.median === 0) return app.median === 0 ? 1 : null;
  return app.median / floor.median;
}

/** Every figure measured, with its summaries, ratio and whether the app meets its target. */
export function collect(samples) {
  return FIGURES.filter((f) => samples[f.id]).map((f) => {
    const app = summarize(samples[f.id].app ?? []);
    const floor = summarize(samples[f.id].floor ?? []);
    return {
      id: f.id,
      label: f.label,
      unit: f.unit,
      target: targetText(f),
      app,
      floor,
      ratio: ratio(app, floor),
      met: isMet(f, app),
    };
  });
}

/** Prints the rows as one aligned table. */
export function printTable(rows) {
  const byId = new Map(FIGURES.map((f) => [f.id, f]));
  const lines = [['figure', 'app median (min–max)', 'floor', 'ratio', 'target', 'met?']];
  for (const r of rows) {
    const f = byId.get(r.id);
    lines.push([
      r.label,
      cell(f, r.app),
      cell(f, r.floor),
      r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
      r.target,
      r.met === null ? '—' : r.met ? 'yes' : 'no',
    ]);
  }
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const format = (l) =>
    l
      .map((c, i) => c.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  console.log(format(lines[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const l of lines.slice(1)) console.log(format(l));
}

/** Writes the results, with what they were measured on, as JSON (formatted as the repo's). */
export async function writeJson(file, rows, meta) {
  mkdirSync(dirname(file), { recursive: true });
  const json = JSON.stringify({ ...meta, figures: rows });
  writeFileSync(file, await format(json, { ...(await resolveConfig(file)), parser: 'json' }));
}
