import { LIMITS } from '../content';
import { byId, date, object, text, type ValueOf } from '../fields';
import { count, defineStep, filled } from './step';

/** Part 2e: the three most important goals, as fixed slots. */
export const GOALS = ['goal1', 'goal2', 'goal3'] as const;
export type GoalId = (typeof GOALS)[number];

const goal = object({
  goal: text(LIMITS.longText),
  steps: text(LIMITS.longText),
  date: date(),
  scheduleNote: text(LIMITS.shortText),
  responsible: text(LIMITS.shortText),
});
export type Goal = ValueOf<typeof goal>;

/** Part 2e: the three most important goals, each with steps, schedule and who is responsible. */
export const goalsStep = defineStep({
  id: 'goals',
  part: 'competitor',
  fields: { goals: byId(GOALS, goal) },
  progress: ({ goals }) => {
    const all = Object.values(goals);
    return { done: count(all, (g) => filled(g.goal)), total: all.length };
  },
});
