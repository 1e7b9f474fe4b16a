import type { Assessment } from '../../src/domain/workshop';
import { applyChanges, type Change } from '../../src/domain/changes';
import { setAt } from './changes';
import {
  ANSWERABILITY,
  COMPETITOR_QUESTIONS,
  CUSTOMER_SOURCES,
  COMPETITOR_SOURCES,
  GOALS,
  KEY_QUESTIONS,
  LEVELS,
  PERSPECTIVES,
  SCORES,
  STEPS,
  YES_NO,
} from '../../src/domain/workshop';
import { restoreAssessment } from '../../src/domain/workshop';
import { createAssessment, ordered, OWN_COLUMN } from '../../src/domain/workshop';

/** A small seeded random generator, so that a failing case can be repeated. */
export function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const WORDS = [
    'hoiva',
    'asiakas',
    'Åström',
    'čđŋ',
    'kysely',
    '€',
    '„lainaus”',
    'kotihoito',
    'ß',
    '<b>',
    'palvelu',
  ];
  const text = (max = 12) => Array.from({ length: int(max) }, () => pick(WORDS)).join(' ');
  return { next, int, pick, text, maybe: <T>(x: T): T | null => (next() < 0.3 ? null : x) };
}

/** A random but valid assessment: some answers given, some not, as a real one would be. */
export function randomAssessment(seed: number): Assessment {
  const r = rng(seed);
  const base = createAssessment(
    {
      name: `${r.text(3)} Oy ${seed}`,
      perspective: r.pick(PERSPECTIVES),
      workshopDate: `2026-${String(r.int(12) + 1).padStart(2, '0')}-${String(r.int(28) + 1).padStart(2, '0')}`,
      facilitator: r.text(2),
      participants: Array.from({ length: r.int(4) }, () => ({
        name: r.text(2) || 'X',
        role: r.text(2),
      })),
    },
    new Date(Date.UTC(2026, r.int(11), r.int(28) + 1, r.int(24))),
  );
  const changes: Change[] = [];
  const set = (path: string[], value: unknown) => changes.push(setAt(path, value));
  for (const id of CUSTOMER_SOURCES)
    set(['customerSources', id], {
      level: r.maybe(r.pick(LEVELS)),
      target: r.maybe(r.pick(LEVELS)),
      important: r.next() < 0.2,
    });
  for (const id of COMPETITOR_SOURCES)
    set(['competitorSources', id], {
      level: r.maybe(r.pick(LEVELS)),
      target: r.maybe(r.pick(LEVELS)),
      important: false,
    });
  for (let i = 0; i < r.int(5); i++) {
    set(['customerPlan', `p${seed}-${i}`], {
      id: `p${seed}-${i}`,
      sourceId: r.maybe(r.pick(CUSTOMER_SOURCES)),
      steps: r.text(),
      date: r.next() < 0.5 ? '2027-03-01' : '',
      scheduleNote: r.text(3),
      responsible: r.text(2),
      position: i,
    });
  }
  for (const id of KEY_QUESTIONS)
    set(['keyQuestions', id], {
      canAnswer: r.maybe(r.pick(ANSWERABILITY)),
      answer: r.text(),
      missing: r.text(),
      where: r.text(),
      nextStep: r.text(),
    });
  set(['register', 'exists'], r.maybe(r.pick(YES_NO)));
  for (const id of COMPETITOR_QUESTIONS) set(['competitorQuestions', id], r.text(20));
  for (const c of ordered(base.grid.criteria)) {
    if (r.next() < 0.5)
      set(['grid', 'cells', c.id, OWN_COLUMN], { score: r.maybe(r.pick(SCORES)), note: r.text(4) });
    set(['grid', 'criteria', c.id, 'valuation'], r.maybe(r.pick(SCORES)));
  }
  for (const g of GOALS) set(['goals', g, 'goal'], r.text(5));
  set(['checkpoint', 'date'], r.next() < 0.5 ? '2027-06-01' : '');
  set(['notes', r.pick(STEPS)], r.text(10));
  const a = restoreAssessment(applyChanges(base, changes));
  if (!a) throw new Error('random assessment is invalid');
  return a;
}
