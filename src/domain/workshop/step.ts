import type { Part } from '../content';
import type { Context, Shape, ShapeValue } from '../fields';
import type { NewAssessmentInput } from './start';

/** Where a step belongs in the step list. */
export type StepPart = 'intro' | Part | 'closing';

/** How far a step is filled: answered items out of the items it asks for. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/**
 * One step of the workshop, written once: its id, its place, the parts of the assessment it asks
 * for (each field with its empty value, repair and file check), and how far it is filled.
 */
export interface StepDefinition<Id extends string, S extends Shape> {
  readonly id: Id;
  readonly part: StepPart;
  /** The parts of the assessment this step owns, by their key in the assessment. */
  readonly fields: S;
  /** How far the step is filled, from its own answers. */
  readonly progress: (answers: ShapeValue<S>) => Progress;
  /** What a new assessment starts with where it is not the empty value. */
  readonly create?: (input: NewAssessmentInput, ctx: Context) => ShapeValue<S>;
}

/** Declares a step; the identity function keeps its literal types. */
export function defineStep<const Id extends string, const S extends Shape>(
  def: StepDefinition<Id, S>,
): StepDefinition<Id, S> {
  return def;
}

/** How many of the items pass. */
export const count = <T>(items: readonly T[], ok: (t: T) => boolean): number =>
  items.filter(ok).length;

/** True when the text says something. */
export const filled = (s: string): boolean => s.trim() !== '';

/** Progress of answers that are done once they are no longer null. */
export function answered(values: readonly unknown[]): Progress {
  return { done: count(values, (x) => x !== null), total: values.length };
}
