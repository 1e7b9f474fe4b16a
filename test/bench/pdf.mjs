import { statSync } from 'node:fs';
import { createThroughForm, editStored, percentiles } from './shared.mjs';

/** Fills every answer of a stored record with long text: the largest plan a team would write. */
const MAXIMAL = `
  const long = (label, words = 60) =>
    (label + ': ' + 'Asiakkaat arvostavat luotettavuutta, jatkuvuutta ja tuttuja hoitajia. '.repeat(words / 8)).trim();
  const r = record;
  Object.assign(r.business, { field: long('Ala', 8), facilitator: 'Maija Mentor' });
  for (const s of Object.values(r.customerSources)) Object.assign(s, { level: 1, target: 3, important: true });
  for (const s of Object.values(r.competitorSources)) Object.assign(s, { level: 0, target: 2 });
  const ids = Object.keys(r.customerSources), cids = Object.keys(r.competitorSources);
  for (let i = 0; i < 20; i++) {
    const plan = i < 10 ? r.customerPlan : r.competitorPlan;
    plan['p' + i] = { id: 'p' + i, sourceId: (i < 10 ? ids : cids)[i % 10], steps: long('Askeleet ' + i),
      date: '2027-0' + ((i % 9) + 1) + '-15', scheduleNote: long('Aikataulu', 8), responsible: 'Vastuuhenkilö ' + i, position: i };
  }
  for (const q of Object.values(r.keyQuestions)) Object.assign(q, { canAnswer: 'partly', answer: long('Vastaus'), missing: long('Puuttuu'), where: long('Mistä'), nextStep: long('Seuraavaksi') });
  Object.assign(r.register, { exists: 'yes', directMarketing: 'no' });
  for (const f of Object.values(r.register.fields)) Object.assign(f, { has: 'no', how: long('Kehitys') });
  for (const k of Object.keys(r.register.gdpr)) r.register.gdpr[k] = 'yes';
  for (const a of Object.values(r.registerAnalyses)) Object.assign(a, { done: 'no', notes: long('Analyysi') });
  for (const p of Object.values(r.practices)) Object.assign(p, { inUse: 'no', couldAdopt: 'yes' });
  for (const k of Object.keys(r.competitorQuestions)) r.competitorQuestions[k] = long('Vastaus ' + k, 120);
  for (let i = 0; i < 3; i++) r.grid.competitors['c' + i] = { id: 'c' + i, name: 'Kilpailija ' + (i + 3), position: 10 + i };
  const columns = ['own', ...Object.keys(r.grid.competitors)];
  for (const c of Object.values(r.grid.criteria)) {
    c.valuation = 5;
    r.grid.cells[c.id] = Object.fromEntries(columns.map((col, j) => [col, { score: (j % 5) + 1, note: long('Huomio', 16) }]));
  }
  for (const g of Object.values(r.goals)) Object.assign(g, { goal: long('Tavoite', 16), steps: long('Askeleet'), date: '2027-05-01', responsible: 'Maija Mentor' });
  r.checkpoint = { date: '2027-06-15', who: 'Maija Mentor' };
  for (const k of Object.keys(r.notes)) r.notes[k] = long('Muistiinpano ' + k);
  return r;`;

/** Time from the click on "download" to the finished PDF, for a maximal assessment. */
export async function pdfTimes(browser, base, report) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fi-FI',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('crash', () => console.error('the page crashed'));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const id = await createThroughForm(page, base, 'Suurin Mahdollinen Oy');
  await editStored(page, id, MAXIMAL);
  await page.goto(`${base}/a/${id}/checkpoint`);
  const button = page.getByRole('button', { name: 'Lataa suunnitelma PDF:nä' });
  const once = async () => {
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const ms = performance.now() - started;
    return {
      ms,
      size: statSync(await download.path()).size,
    };
  };
  const first = await once();
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push((await once()).ms);
  report(
    'PDF of a maximal assessment, first in a visit (loads its code and fonts)',
    first.ms.toFixed(0),
    'ms',
    '< 1000 ms',
  );
  report(
    'PDF of a maximal assessment, median of 5 after that',
    percentiles(runs).median.toFixed(0),
    'ms',
    '< 1000 ms',
  );
  report('PDF of a maximal assessment, file size', (first.size / 1024).toFixed(0), 'kB');
  await context.close();
}
