import { LIMITS } from '../content';
import {
  byId,
  choiceOr,
  id,
  isSafeId,
  obj,
  object,
  text,
  timestamp,
  type Context,
  type ValueOf,
} from '../fields';
import { checkpointStep } from './checkpoint';
import { competitorQuestionsStep } from './competitor-questions';
import { goalsStep } from './goals';
import { groupFields } from './group';
import { gridStep } from './grid';
import { keyQuestionsStep } from './key-questions';
import { competitorPlanStep, customerPlanStep } from './plan';
import { practicesStep } from './practices';
import { privacyNoticeFields } from './privacy-notice';
import { registerStep } from './register';
import { registerUseStep } from './register-use';
import { competitorSourcesStep, customerSourcesStep } from './sources';
import { startStep, type NewAssessmentInput } from './start';
import type { Progress, StepPart } from './step';

export * from '../content';
export * from '../fields';
export * from './checkpoint';
export * from './competitor-questions';
export * from './goals';
export * from './group';
export * from './grid';
export * from './key-questions';
export * from './plan';
export * from './practices';
export * from './privacy-notice';
export * from './register';
export * from './register-use';
export * from './sources';
export * from './start';
export type { Progress, StepPart } from './step';

/** The workshop's steps, in order; each has its own screen and facilitator notes. */
export const WORKSHOP = [
  startStep,
  customerSourcesStep,
  customerPlanStep,
  keyQuestionsStep,
  registerStep,
  registerUseStep,
  practicesStep,
  competitorSourcesStep,
  competitorPlanStep,
  competitorQuestionsStep,
  gridStep,
  goalsStep,
  checkpointStep,
] as const;

export type StepId = (typeof WORKSHOP)[number]['id'];

/** The step ids in the workshop's order. */
export const STEPS: readonly StepId[] = WORKSHOP.map((s) => s.id);

/** Which part of the workshop a step belongs to, for grouping in the step list. */
export const STEP_PART = Object.fromEntries(WORKSHOP.map((s) => [s.id, s.part])) as Readonly<
  Record<StepId, StepPart>
>;

/**
 * The whole assessment: the record's own id and times, every step's fields in the workshop's
 * order, the facilitator's notes per step, and the step the user was last on.
 */
export const assessmentShape = object({
  id: id(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  ...startStep.fields,
  ...customerSourcesStep.fields,
  ...customerPlanStep.fields,
  ...keyQuestionsStep.fields,
  ...registerStep.fields,
  ...registerUseStep.fields,
  ...practicesStep.fields,
  ...competitorSourcesStep.fields,
  ...competitorPlanStep.fields,
  ...competitorQuestionsStep.fields,
  ...gridStep.fields,
  ...goalsStep.fields,
  ...checkpointStep.fields,
  /** The privacy notice drafted from the register step, as the user edited it. */
  ...privacyNoticeFields,
  /** The facilitator's group of businesses it belongs to; '' for none. */
  ...groupFields,
  /** Facilitator notes per step. */
  notes: byId(STEPS, text(LIMITS.longText)),
  /** The step the user was last on, so the app reopens there. */
  lastStep: choiceOr(STEPS, 'start'),
});

export type Assessment = ValueOf<typeof assessmentShape>;

const contextAt = (now: Date): Context => ({ now: now.toISOString() });

/**
 * Repairs whatever was read back from storage or a file into a valid assessment: every
 * default filled in, unknown ids and invalid values dropped, text cut to its limit.
 * Returns null when the record has no usable id.
 */
export function restoreAssessment(raw: unknown, now: Date = new Date()): Assessment | null {
  if (!isSafeId(obj(raw).id)) return null;
  return assessmentShape.restore(raw, contextAt(now));
}

/** A blank assessment with every answer unset, the business's details and the default grid. */
export function createAssessment(input: NewAssessmentInput, now: Date = new Date()): Assessment {
  const ctx = contextAt(now);
  const created = WORKSHOP.reduce<Record<string, unknown>>(
    (acc, step) => ({ ...acc, ...(step.create?.(input, ctx) ?? {}) }),
    { ...assessmentShape.empty(ctx), id: crypto.randomUUID(), group: input.group?.trim() ?? '' },
  );
  // One pass through the repair gives the record the key order of every stored one.
  return assessmentShape.restore(created, ctx);
}

/** How far one step is filled. A step that asks nothing yet (an empty plan) has total 0. */
export function stepProgress(a: Assessment, step: StepId): Progress {
  const def = WORKSHOP.find((s) => s.id === step);
  // Each step reads only its own fields, which the assessment holds under the same keys.
  return def ? def.progress(a) : { done: 0, total: 0 };
}

/** How far the whole assessment is filled, 0–1; steps that ask nothing yet do not count. */
export function overallProgress(a: Assessment): number {
  const all = STEPS.map((s) => stepProgress(a, s));
  const total = all.reduce((n, p) => n + p.total, 0);
  return total === 0 ? 0 : all.reduce((n, p) => n + p.done, 0) / total;
}
