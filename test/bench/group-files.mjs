// Backup files of many businesses for the facilitator's figures: copies of a file the app
// wrote (the version-3 fixture), each business with its own ids, name, ratings and follow-up.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const template = JSON.parse(
  readFileSync(new URL('../fixtures/backup/v3-export.json', import.meta.url), 'utf8'),
);

/** A small seeded random source, so that every run imports the same files. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const levelOf = (r) => Math.floor(r() * 4);

/** The text of backup file i: one business with ratings, a follow-up and a checkpoint. */
export function businessFile(i) {
  const r = rng(i + 1);
  const a = structuredClone(template.assessments[0]);
  const f = structuredClone(template.followUps[0]);
  a.id = randomUUID();
  a.business = { ...a.business, name: `Hoivayritys ${String(i + 1).padStart(3, '0')}` };
  f.id = randomUUID();
  f.assessmentId = a.id;
  for (const [table, levels] of [
    ['customerSources', 'customerLevels'],
    ['competitorSources', 'competitorLevels'],
  ]) {
    for (const id of Object.keys(a[table])) {
      const level = levelOf(r);
      const target = Math.min(3, level + Math.floor(r() * 3));
      a[table][id] = { level, target, important: r() < 0.2 };
      const now = Math.min(3, level + Math.floor(r() * 2));
      f[levels][id] = { before: level, target, now };
    }
  }
  const day = String(1 + (i % 28)).padStart(2, '0');
  a.checkpoint = { date: `2027-05-${day}`, who: '' };
  f.nextCheckpoint = { date: `2027-09-${day}`, who: '' };
  const doc = { ...template, assessments: [a], followUps: [f], quickChecks: [] };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
