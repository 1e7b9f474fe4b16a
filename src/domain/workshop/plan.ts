import { LIMITS } from '../content';
import { choice, date, keyed, text, type Item, type Keyed } from '../fields';
import { COMPETITOR_SOURCES, CUSTOMER_SOURCES } from './sources';
import { count, defineStep, filled } from './step';

const planRow = (sources: readonly string[]) => ({
  /** A source id of the plan's part, or null for an action not tied to one source. */
  sourceId: choice(sources),
  steps: text(LIMITS.longText),
  date: date(),
  scheduleNote: text(LIMITS.shortText),
  responsible: text(LIMITS.shortText),
});
export type PlanRow = Item<ReturnType<typeof planRow>>;

const planned = (rows: Keyed<PlanRow>) => {
  const all = Object.values(rows);
  return {
    done: count(all, (r) => filled(r.steps) && r.date !== '' && filled(r.responsible)),
    total: all.length,
  };
};

/** Part 1b: steps, schedule and a responsible person for each customer source below target. */
export const customerPlanStep = defineStep({
  id: 'customerPlan',
  part: 'customer',
  fields: { customerPlan: keyed(LIMITS.planRows, planRow(CUSTOMER_SOURCES)) },
  progress: (a) => planned(a.customerPlan),
});

/** Part 2b: the same plan for the competitor sources. */
export const competitorPlanStep = defineStep({
  id: 'competitorPlan',
  part: 'competitor',
  fields: { competitorPlan: keyed(LIMITS.planRows, planRow(COMPETITOR_SOURCES)) },
  progress: (a) => planned(a.competitorPlan),
});
