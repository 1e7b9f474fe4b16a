import {
  OWN_COLUMN,
  ordered,
  type Assessment,
  type PlanRow,
  type SourceRating,
} from './assessment';
import {
  COMPETITOR_QUESTIONS,
  GDPR_CHECKS,
  GOALS,
  KEY_QUESTIONS,
  PRACTICES,
  REGISTER_ANALYSES,
  REGISTER_FIELDS,
  SOURCES,
  STEPS,
  type Part,
  type StepId,
} from './content';
import { planKey, sourcesKey } from './changes';

/** How far a step is filled: answered items out of the items it asks for. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** How many levels a source is below its target (0 when at or above it, or not rated). */
export function gap(r: SourceRating): number {
  return r.level !== null && r.target !== null && r.target > r.level ? r.target - r.level : 0;
}

/** The ratings of a part, in the workshop's order, with their gaps. */
export function ratings(a: Assessment, part: Part) {
  const table = a[sourcesKey(part)] as Readonly<Record<string, SourceRating>>;
  return SOURCES[part].map((id) => ({ id, ...table[id], gap: gap(table[id]) }));
}

/** Counts for a part's source table: rated, with a gap, marked important. */
export function sourceSummary(a: Assessment, part: Part) {
  const rows = ratings(a, part);
  return {
    total: rows.length,
    rated: rows.filter((r) => r.level !== null).length,
    withGap: rows.filter((r) => r.gap > 0).length,
    important: rows.filter((r) => r.important).length,
  };
}

/** The plan rows of a part in the user's order. */
export function planRows(a: Assessment, part: Part): PlanRow[] {
  return ordered(a[planKey(part)]);
}

const filled = (s: string) => s.trim() !== '';
const count = <T>(items: readonly T[], ok: (t: T) => boolean): number => items.filter(ok).length;

function planProgress(a: Assessment, part: Part): Progress {
  const rows = planRows(a, part);
  return {
    done: count(rows, (r) => filled(r.steps) && r.date !== '' && filled(r.responsible)),
    total: rows.length,
  };
}

/** How far one step is filled. A step that asks nothing yet (an empty plan) has total 0. */
export function stepProgress(a: Assessment, step: StepId): Progress {
  switch (step) {
    case 'start': {
      const b = a.business;
      const checks = [
        filled(b.name),
        filled(b.field),
        b.workshopDate !== '',
        filled(b.facilitator),
        Object.keys(a.participants).length > 0,
      ];
      return { done: count(checks, Boolean), total: checks.length };
    }
    case 'customerSources':
    case 'competitorSources': {
      const rows = ratings(a, step === 'customerSources' ? 'customer' : 'competitor');
      return {
        done: count(rows, (r) => r.level !== null && r.target !== null),
        total: rows.length,
      };
    }
    case 'customerPlan':
      return planProgress(a, 'customer');
    case 'competitorPlan':
      return planProgress(a, 'competitor');
    case 'keyQuestions':
      return {
        done: count(KEY_QUESTIONS, (q) => a.keyQuestions[q].canAnswer !== null),
        total: KEY_QUESTIONS.length,
      };
    case 'register': {
      const r = a.register;
      const answers = [
        r.exists,
        r.directMarketing,
        ...REGISTER_FIELDS.map((f) => r.fields[f].has),
        ...GDPR_CHECKS.map((g) => r.gdpr[g]),
      ];
      return { done: count(answers, (v) => v !== null), total: answers.length };
    }
    case 'registerUse':
      return {
        done: count(REGISTER_ANALYSES, (id) => a.registerAnalyses[id].done !== null),
        total: REGISTER_ANALYSES.length,
      };
    case 'practices': {
      const answers = [
        ...PRACTICES.map((p) => a.practices[p].inUse),
        ...Object.values(a.customPractices).map((p) => p.inUse),
      ];
      return { done: count(answers, (v) => v !== null), total: answers.length };
    }
    case 'competitorQuestions':
      return {
        done: count(COMPETITOR_QUESTIONS, (q) => filled(a.competitorQuestions[q])),
        total: COMPETITOR_QUESTIONS.length,
      };
    case 'grid': {
      const columns = [OWN_COLUMN, ...Object.keys(a.grid.competitors)];
      let done = 0;
      const criteria = Object.values(a.grid.criteria);
      for (const c of criteria) {
        if (c.valuation !== null) done += 1;
        for (const col of columns) {
          const cell = a.grid.cells[c.id]?.[col];
          if (cell && (cell.score !== null || filled(cell.note))) done += 1;
        }
      }
      return { done, total: criteria.length * (columns.length + 1) };
    }
    case 'goals':
      return { done: count(GOALS, (g) => filled(a.goals[g].goal)), total: GOALS.length };
    case 'checkpoint':
      return { done: a.checkpoint.date !== '' ? 1 : 0, total: 1 };
  }
}

/** How far the whole assessment is filled, 0–1; steps that ask nothing yet do not count. */
export function overallProgress(a: Assessment): number {
  const all = STEPS.map((s) => stepProgress(a, s));
  const total = all.reduce((n, p) => n + p.total, 0);
  return total === 0 ? 0 : all.reduce((n, p) => n + p.done, 0) / total;
}
