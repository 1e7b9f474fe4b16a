import {
  ANSWERABILITY,
  COMPETITOR_QUESTIONS,
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  DEFAULT_CRITERIA,
  GDPR_CHECKS,
  GOALS,
  KEY_QUESTIONS,
  LEVELS,
  LIMITS,
  PERSPECTIVES,
  PRACTICES,
  REGISTER_ANALYSES,
  REGISTER_FIELDS,
  SCORES,
  STEPS,
  YES_NO,
} from './content';
import {
  OWN_COLUMN,
  recordOf,
  type Assessment,
  type Competitor,
  type Criterion,
  type CustomPractice,
  type GridCell,
  type Keyed,
  type Participant,
  type PlanRow,
  type SourceRating,
} from './assessment';

/** A record as read back, before repair. */
export type Raw = Record<string, unknown>;

/** The value as a plain object, or an empty one. */
export const obj = (v: unknown): Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {};

/** The value as text cut to its limit, or ''. */
export const str = (v: unknown, max: number = LIMITS.longText): string =>
  typeof v === 'string' ? v.slice(0, max) : '';

/** The value if it is one of the allowed ones, else null. */
export function oneOf<T extends string | number>(v: unknown, allowed: readonly T[]): T | null {
  return allowed.includes(v as T) ? (v as T) : null;
}

const bool = (v: unknown): boolean => v === true;

/** An id we generated: letters, digits, '-' and '_' only (no dots: ids stand in key paths). */
export function isSafeId(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    /^[A-Za-z0-9_-]{1,64}$/.test(v) &&
    !['__proto__', 'constructor', 'prototype'].includes(v)
  );
}

/** A real calendar date as YYYY-MM-DD, or ''. */
export function isoDate(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return '';
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : '';
}

function timestamp(v: unknown, fallback: string): string {
  return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : fallback;
}

/**
 * Repairs a keyed collection: keeps valid ids, repairs items, renumbers positions. Items are
 * always written whole with a position; an entry without one is what a late field edit leaves
 * of a row that was removed (in another tab, say), and is dropped rather than brought back.
 */
function keyed<T extends { readonly id: string; readonly position: number }>(
  raw: unknown,
  max: number,
  repair: (item: Raw, id: string) => Omit<T, 'position'>,
): Keyed<T> {
  const items = Object.entries(obj(raw))
    .filter(([id, v]) => isSafeId(id) && typeof obj(v).position === 'number')
    .map(([id, v]) => ({ item: repair(obj(v), id), pos: obj(v).position as number }))
    .sort((a, b) => (Number.isFinite(a.pos) ? a.pos : 1e9) - (Number.isFinite(b.pos) ? b.pos : 1e9))
    .slice(0, max);
  return Object.fromEntries(
    items.map(({ item }, position) => [item.id, { ...item, position } as unknown as T]),
  );
}

function rating(v: unknown): SourceRating {
  const r = obj(v);
  return {
    level: oneOf(r.level, LEVELS),
    target: oneOf(r.target, LEVELS),
    important: bool(r.important),
  };
}

function planRows(v: unknown, sources: readonly string[]): Keyed<PlanRow> {
  return keyed<PlanRow>(v, LIMITS.planRows, (r, id) => ({
    id,
    sourceId: oneOf(r.sourceId, sources),
    steps: str(r.steps),
    date: isoDate(r.date),
    scheduleNote: str(r.scheduleNote, LIMITS.shortText),
    responsible: str(r.responsible, LIMITS.shortText),
  }));
}

function goalOrRow(v: unknown) {
  const g = obj(v);
  return {
    goal: str(g.goal),
    steps: str(g.steps),
    date: isoDate(g.date),
    scheduleNote: str(g.scheduleNote, LIMITS.shortText),
    responsible: str(g.responsible, LIMITS.shortText),
  };
}

/**
 * Repairs whatever was read back from storage or a file into a valid assessment: every
 * default filled in, unknown ids and invalid values dropped, text cut to its limit.
 * Returns null when the record has no usable id.
 */
export function restoreAssessment(raw: unknown, now: Date = new Date()): Assessment | null {
  const a = obj(raw);
  if (!isSafeId(a.id)) return null;
  const stamp = now.toISOString();
  const b = obj(a.business);
  const reg = obj(a.register);
  const grid = obj(a.grid);

  const competitors = keyed<Competitor>(grid.competitors, LIMITS.competitors, (c, id) => ({
    id,
    name: str(c.name, LIMITS.shortText),
  }));
  const criteria = keyed<Criterion>(grid.criteria, LIMITS.criteria, (c, id) => ({
    id,
    key: oneOf(c.key, DEFAULT_CRITERIA),
    name: str(c.name, LIMITS.shortText),
    valuation: oneOf(c.valuation, SCORES),
  }));
  const columns = [OWN_COLUMN, ...Object.keys(competitors)];
  const rawCells = obj(grid.cells);
  const cells: Record<string, Keyed<GridCell>> = {};
  for (const criterionId of Object.keys(criteria)) {
    const row = obj(rawCells[criterionId]);
    const kept = columns
      .filter((col) => col in row)
      .map((col): [string, GridCell] => {
        const c = obj(row[col]);
        return [col, { score: oneOf(c.score, SCORES), note: str(c.note) }];
      });
    if (kept.length > 0) cells[criterionId] = Object.fromEntries(kept);
  }

  return {
    id: a.id,
    createdAt: timestamp(a.createdAt, stamp),
    updatedAt: timestamp(a.updatedAt, stamp),
    business: {
      name: str(b.name, LIMITS.shortText),
      field: str(b.field, LIMITS.shortText),
      perspective: oneOf(b.perspective, PERSPECTIVES) ?? 'both',
      workshopDate: isoDate(b.workshopDate),
      facilitator: str(b.facilitator, LIMITS.shortText),
    },
    participants: keyed<Participant>(a.participants, LIMITS.participants, (p, id) => ({
      id,
      name: str(p.name, LIMITS.shortText),
      role: str(p.role, LIMITS.shortText),
    })),
    customerSources: recordOf(CUSTOMER_SOURCES, (id) => rating(obj(a.customerSources)[id])),
    customerPlan: planRows(a.customerPlan, CUSTOMER_SOURCES),
    keyQuestions: recordOf(KEY_QUESTIONS, (id) => {
      const q = obj(obj(a.keyQuestions)[id]);
      return {
        canAnswer: oneOf(q.canAnswer, ANSWERABILITY),
        answer: str(q.answer),
        missing: str(q.missing),
        where: str(q.where),
        nextStep: str(q.nextStep),
      };
    }),
    register: {
      exists: oneOf(reg.exists, YES_NO),
      directMarketing: oneOf(reg.directMarketing, YES_NO),
      fields: recordOf(REGISTER_FIELDS, (id) => {
        const f = obj(obj(reg.fields)[id]);
        return { has: oneOf(f.has, YES_NO), how: str(f.how) };
      }),
      gdpr: recordOf(GDPR_CHECKS, (id) => oneOf(obj(reg.gdpr)[id], YES_NO)),
    },
    registerAnalyses: recordOf(REGISTER_ANALYSES, (id) => {
      const r = obj(obj(a.registerAnalyses)[id]);
      return { done: oneOf(r.done, YES_NO), notes: str(r.notes) };
    }),
    practices: recordOf(PRACTICES, (id) => {
      const p = obj(obj(a.practices)[id]);
      return { inUse: oneOf(p.inUse, YES_NO), couldAdopt: oneOf(p.couldAdopt, YES_NO) };
    }),
    customPractices: keyed<CustomPractice>(a.customPractices, LIMITS.customPractices, (p, id) => ({
      id,
      name: str(p.name, LIMITS.shortText),
      inUse: oneOf(p.inUse, YES_NO),
      couldAdopt: oneOf(p.couldAdopt, YES_NO),
    })),
    competitorSources: recordOf(COMPETITOR_SOURCES, (id) => rating(obj(a.competitorSources)[id])),
    competitorPlan: planRows(a.competitorPlan, COMPETITOR_SOURCES),
    competitorQuestions: recordOf(COMPETITOR_QUESTIONS, (id) =>
      str(obj(a.competitorQuestions)[id]),
    ),
    grid: { competitors, criteria, cells },
    goals: recordOf(GOALS, (id) => goalOrRow(obj(a.goals)[id])),
    checkpoint: {
      date: isoDate(obj(a.checkpoint).date),
      who: str(obj(a.checkpoint).who, LIMITS.shortText),
    },
    notes: recordOf(STEPS, (id) => str(obj(a.notes)[id])),
    lastStep: oneOf(a.lastStep, STEPS) ?? 'start',
  };
}
