import { newId, recordOf, type Assessment, type SourceRating } from './assessment';
import {
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  GOALS,
  LEVELS,
  LIMITS,
  PARTS,
  SOURCES,
  type GoalId,
  type Level,
  type Part,
} from './content';
import { sourcesKey } from './changes';
import { isoDate, isSafeId, obj, oneOf, str } from './restore';
import { allActions } from './summary';

/** Where an action or a goal stands at the follow-up. */
export const PROGRESS = ['done', 'inProgress', 'notStarted'] as const;
export type ProgressStatus = (typeof PROGRESS)[number];

/** A planned action or a goal as agreed in the workshop, and how it went. */
export interface FollowUpItem {
  /** What was agreed, copied from the workshop so that later edits there do not change it. */
  readonly title: string;
  readonly steps: string;
  readonly date: string;
  readonly responsible: string;
  readonly status: ProgressStatus | null;
  readonly comment: string;
}

export interface FollowUpAction extends FollowUpItem {
  readonly part: Part;
  readonly sourceId: string | null;
  readonly position: number;
}

/** A level before (at the workshop), its target, and the level now. */
export interface LevelCheck {
  readonly before: Level | null;
  readonly target: Level | null;
  readonly now: Level | null;
}

/**
 * A follow-up meeting of an assessment: the workshop's plan carried over with how each part
 * went, the sources rated again, and the next checkpoint. The workshop record is never changed.
 */
export interface FollowUp {
  readonly id: string;
  readonly assessmentId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The day of the follow-up meeting (YYYY-MM-DD). */
  readonly date: string;
  readonly actions: Readonly<Record<string, FollowUpAction>>;
  readonly goals: Readonly<Record<GoalId, FollowUpItem>>;
  readonly customerLevels: Readonly<Record<string, LevelCheck>>;
  readonly competitorLevels: Readonly<Record<string, LevelCheck>>;
  readonly nextCheckpoint: { readonly date: string; readonly who: string };
  readonly notes: string;
}

const levelsOf = (a: Assessment, part: Part) =>
  recordOf(SOURCES[part] as readonly string[], (id) => {
    const r = (a[sourcesKey(part)] as Readonly<Record<string, SourceRating>>)[id];
    return { before: r.level, target: r.target, now: r.level };
  });

/**
 * Starts a follow-up from the workshop: every planned action and goal copied over with no
 * status yet, and each source's level now starting from the workshop's level.
 */
export function createFollowUp(a: Assessment, today: string, now: Date = new Date()): FollowUp {
  const stamp = now.toISOString();
  const actions = allActions(a).map((x, position): FollowUpAction => ({
    part: x.part,
    sourceId: x.sourceId,
    title: x.steps.split('\n')[0] ?? '',
    steps: x.steps,
    date: x.date,
    responsible: x.responsible,
    status: null,
    comment: '',
    position,
  }));
  return {
    id: newId(),
    assessmentId: a.id,
    createdAt: stamp,
    updatedAt: stamp,
    date: today,
    actions: Object.fromEntries(actions.map((x, i) => [`action${i + 1}`, x])),
    goals: recordOf(GOALS, (g) => ({
      title: a.goals[g].goal,
      steps: a.goals[g].steps,
      date: a.goals[g].date,
      responsible: a.goals[g].responsible,
      status: null,
      comment: '',
    })),
    customerLevels: levelsOf(a, 'customer'),
    competitorLevels: levelsOf(a, 'competitor'),
    nextCheckpoint: { date: '', who: a.checkpoint.who },
    notes: '',
  };
}

function item(raw: unknown): FollowUpItem {
  const r = obj(raw);
  return {
    title: str(r.title),
    steps: str(r.steps),
    date: isoDate(r.date),
    responsible: str(r.responsible, LIMITS.shortText),
    status: oneOf(r.status, PROGRESS),
    comment: str(r.comment),
  };
}

function levels(raw: unknown, ids: readonly string[]) {
  return recordOf(ids, (id) => {
    const r = obj(obj(raw)[id]);
    return {
      before: oneOf(r.before, LEVELS),
      target: oneOf(r.target, LEVELS),
      now: oneOf(r.now, LEVELS),
    };
  });
}

/** Repairs a follow-up read back from storage or a file; null without usable ids. */
export function restoreFollowUp(raw: unknown, now: Date = new Date()): FollowUp | null {
  const f = obj(raw);
  if (!isSafeId(f.id) || !isSafeId(f.assessmentId)) return null;
  const stamp = now.toISOString();
  const time = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : stamp);
  const actions = Object.entries(obj(f.actions))
    .filter(([id]) => isSafeId(id))
    .slice(0, LIMITS.planRows * 2)
    .map(([id, v]): [string, FollowUpAction] => {
      const r = obj(v);
      const part = oneOf(r.part, PARTS) ?? 'customer';
      return [
        id,
        {
          ...item(v),
          part,
          sourceId: oneOf(r.sourceId, SOURCES[part] as readonly string[]),
          position: typeof r.position === 'number' && Number.isFinite(r.position) ? r.position : 0,
        },
      ];
    });
  const next = obj(f.nextCheckpoint);
  return {
    id: f.id,
    assessmentId: f.assessmentId,
    createdAt: time(f.createdAt),
    updatedAt: time(f.updatedAt),
    date: isoDate(f.date),
    actions: Object.fromEntries(actions),
    goals: recordOf(GOALS, (g) => item(obj(f.goals)[g])),
    customerLevels: levels(f.customerLevels, CUSTOMER_SOURCES),
    competitorLevels: levels(f.competitorLevels, COMPETITOR_SOURCES),
    nextCheckpoint: { date: isoDate(next.date), who: str(next.who, LIMITS.shortText) },
    notes: str(f.notes),
  };
}

/** What moved since the workshop: actions and goals by status, and sources that went up. */
export function followUpProgress(f: FollowUp) {
  const actions = Object.values(f.actions);
  const goals = Object.values(f.goals).filter((g) => g.title.trim() !== '');
  const count = (xs: readonly FollowUpItem[], s: ProgressStatus) =>
    xs.filter((x) => x.status === s).length;
  const checks = [...Object.values(f.customerLevels), ...Object.values(f.competitorLevels)];
  return {
    actions: {
      total: actions.length,
      done: count(actions, 'done'),
      inProgress: count(actions, 'inProgress'),
      notStarted: count(actions, 'notStarted'),
    },
    goals: {
      total: goals.length,
      reached: count(goals, 'done'),
      inProgress: count(goals, 'inProgress'),
    },
    levels: {
      rose: checks.filter((c) => c.before !== null && c.now !== null && c.now > c.before).length,
      fell: checks.filter((c) => c.before !== null && c.now !== null && c.now < c.before).length,
      atTarget: checks.filter((c) => c.target !== null && c.now !== null && c.now >= c.target)
        .length,
      withTarget: checks.filter((c) => c.target !== null).length,
    },
  };
}
