import {
  ALL_SOURCE_IDS,
  byId,
  choice,
  choiceOr,
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  date,
  GOALS,
  id,
  isSafeId,
  keyed,
  LEVELS,
  LIMITS,
  newId,
  obj,
  object,
  PARTS,
  recordOf,
  refine,
  SOURCES,
  text,
  timestamp,
  type Assessment,
  type Item,
  type Keyed,
  type Part,
  type SourceRating,
  type ValueOf,
} from './workshop';
import { allActions } from './summary';
import { followUpField, type FieldRef } from './changes';
import type { CompetitorSourceId, CustomerSourceId, GoalId, Level } from './workshop';

/** Where an action or a goal stands at the follow-up. */
export const PROGRESS = ['done', 'inProgress', 'notStarted'] as const;
export type ProgressStatus = (typeof PROGRESS)[number];

/** A planned action or a goal as agreed in the workshop, and how it went. */
const itemShape = {
  /** What was agreed, copied from the workshop so that later edits there do not change it. */
  title: text(LIMITS.longText),
  steps: text(LIMITS.longText),
  date: date(),
  responsible: text(LIMITS.shortText),
  status: choice(PROGRESS),
  comment: text(LIMITS.longText),
};
const followUpItem = object(itemShape);
export type FollowUpItem = ValueOf<typeof followUpItem>;

const actionShape = {
  part: choiceOr(PARTS, 'customer'),
  sourceId: choice(ALL_SOURCE_IDS as readonly string[]),
  ...itemShape,
};
export type FollowUpAction = Item<typeof actionShape>;

const fitsPart = (x: FollowUpAction) =>
  x.sourceId === null || (SOURCES[x.part] as readonly string[]).includes(x.sourceId);

/** The actions of the workshop's plan; a source id must be one of its part's sources. */
const actions = refine(keyed(LIMITS.planRows * 2, actionShape), {
  fix: (all: Keyed<FollowUpAction>) =>
    Object.fromEntries(
      Object.entries(all).map(([k, x]) => [k, fitsPart(x) ? x : { ...x, sourceId: null }]),
    ),
  holds: (all: Keyed<FollowUpAction>) => Object.values(all).every(fitsPart),
});

/** A level before (at the workshop), its target, and the level now. */
const levelCheck = object({ before: choice(LEVELS), target: choice(LEVELS), now: choice(LEVELS) });
export type LevelCheck = ValueOf<typeof levelCheck>;

/**
 * A follow-up meeting of an assessment: the workshop's plan carried over with how each part
 * went, the sources rated again, and the next checkpoint. The workshop record is never changed.
 */
export const followUpShape = object({
  id: id(),
  assessmentId: id(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  /** The day of the follow-up meeting (YYYY-MM-DD). */
  date: date(),
  actions,
  goals: byId(GOALS, followUpItem),
  customerLevels: byId(CUSTOMER_SOURCES, levelCheck),
  competitorLevels: byId(COMPETITOR_SOURCES, levelCheck),
  nextCheckpoint: object({ date: date(), who: text(LIMITS.shortText) }),
  notes: text(LIMITS.longText),
});
export type FollowUp = ValueOf<typeof followUpShape>;

const carry = (r: SourceRating): LevelCheck => ({
  before: r.level,
  target: r.target,
  now: r.level,
});

/** The level checks of one part, by source id. */
export function levelChecks(f: FollowUp, part: Part): Readonly<Record<string, LevelCheck>> {
  return part === 'customer' ? f.customerLevels : f.competitorLevels;
}

/**
 * Starts a follow-up from the workshop: every planned action and goal copied over with no
 * status yet, and each source's level now starting from the workshop's level.
 */
export function createFollowUp(a: Assessment, today: string, now: Date = new Date()): FollowUp {
  const stamp = now.toISOString();
  const carried = allActions(a).map((x, position): FollowUpAction => ({
    id: `action${position + 1}`,
    position,
    part: x.part,
    sourceId: x.sourceId,
    title: x.steps.split('\n')[0] ?? '',
    steps: x.steps,
    date: x.date,
    responsible: x.responsible,
    status: null,
    comment: '',
  }));
  return {
    id: newId(),
    assessmentId: a.id,
    createdAt: stamp,
    updatedAt: stamp,
    date: today,
    actions: Object.fromEntries(carried.map((x) => [x.id, x])),
    goals: recordOf(GOALS, (g) => ({
      title: a.goals[g].goal,
      steps: a.goals[g].steps,
      date: a.goals[g].date,
      responsible: a.goals[g].responsible,
      status: null,
      comment: '',
    })),
    customerLevels: recordOf(CUSTOMER_SOURCES, (x) => carry(a.customerSources[x])),
    competitorLevels: recordOf(COMPETITOR_SOURCES, (x) => carry(a.competitorSources[x])),
    nextCheckpoint: { date: '', who: a.checkpoint.who },
    notes: '',
  };
}

/** Repairs a follow-up read back from storage or a file; null without usable ids. */
export function restoreFollowUp(raw: unknown, now: Date = new Date()): FollowUp | null {
  const f = obj(raw);
  if (!isSafeId(f.id) || !isSafeId(f.assessmentId)) return null;
  return followUpShape.restore(raw, { now: now.toISOString() });
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

/** Where an action of the follow-up stands. */
export const actionStatusField = (id: string, actionId: string) =>
  followUpField(id, 'actions', actionId, 'status');

/** The follow-up's comment on an action. */
export const actionCommentField = (id: string, actionId: string) =>
  followUpField(id, 'actions', actionId, 'comment');

/** Where a goal stands at the follow-up. */
export const goalStatusField = (id: string, goal: GoalId) =>
  followUpField(id, 'goals', goal, 'status');

/** The follow-up's comment on a goal. */
export const goalCommentField = (id: string, goal: GoalId) =>
  followUpField(id, 'goals', goal, 'comment');

/** A source's level now, rated again at the follow-up. */
export function levelNowField(id: string, part: Part, sourceId: string): FieldRef<Level | null> {
  return part === 'customer'
    ? followUpField(id, 'customerLevels', sourceId as CustomerSourceId, 'now')
    : followUpField(id, 'competitorLevels', sourceId as CompetitorSourceId, 'now');
}
