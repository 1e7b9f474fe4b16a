// How the bench brings the app into each measured state: a record made through the app's own
// form, then changed in IndexedDB the way a long-used device would hold it.
import { createThroughForm, editStored } from './shared.mjs';

/** The grid step with 5 competitors and 20 criteria, so that the table is full. */
export async function appGrid(page, base) {
  const id = await createThroughForm(page, base, 'Ruudukko Oy');
  await editStored(
    page,
    id,
    `const g = record.grid;
     for (let i = 0; i < 3; i++) g.competitors['bench-c' + i] = { id: 'bench-c' + i, name: 'Kilpailija ' + (i + 3), position: 10 + i };
     for (let i = 0; i < 8; i++) g.criteria['bench-k' + i] = { id: 'bench-k' + i, key: null, name: 'Kohde ' + (i + 13), position: 100 + i, valuation: null };
     return record;`,
  );
  return `${base}/a/${id}/grid`;
}

/** `count` assessments: copies of one the app wrote, each with its own id, name and time. */
export async function appHome(page, base, count) {
  const id = await createThroughForm(page, base, 'Mallikoti 0');
  await editStored(
    page,
    id,
    `return Array.from({ length: arg }, (_, i) => ({
       ...record,
       id: record.id.slice(0, 24) + String(i).padStart(12, '0'),
       business: { ...record.business, name: 'Mallikoti ' + (i + 1) },
       updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
     }));`,
    count - 1,
  );
  // The copies were written behind the app's back, without list summaries: the first load
  // rebuilds them in the background. The bench measures the steady state after that.
  await page.goto(`${base}/`);
  await page.waitForFunction(
    (n) =>
      new Promise((resolve) => {
        const req = indexedDB.open('markkinapaja');
        req.onsuccess = () => {
          const c = req.result.transaction('summaries').objectStore('summaries').count();
          c.onsuccess = () => {
            req.result.close();
            resolve(c.result === n);
          };
        };
      }),
    count,
    { polling: 200 },
  );
  return `${base}/`;
}

/** The maximal assessment (every answer filled with long text) on the step with its PDF button. */
export async function appPdf(page, base) {
  const id = await createThroughForm(page, base, 'Suurin Mahdollinen Oy');
  await editStored(page, id, MAXIMAL);
  return `${base}/a/${id}/checkpoint`;
}

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
