import type {
  Assessment,
  Business,
  Checkpoint,
  Goal,
  KeyQuestionAnswer,
  PlanRow,
  SourceRating,
} from './assessment';
import type { GoalId, KeyQuestionId, Part, StepId } from './content';

/**
 * One field-level edit: a path into the assessment and the value to put there
 * (undefined removes the entry). Screens build changes only through the functions below,
 * so storage can write exactly the touched field and two tabs never overwrite each other.
 */
export interface Change {
  readonly path: readonly string[];
  readonly value: unknown;
}

/** Key of the source table of a part. */
export const sourcesKey = (part: Part) =>
  part === 'customer' ? ('customerSources' as const) : ('competitorSources' as const);

/** Key of the action plan of a part. */
export const planKey = (part: Part) =>
  part === 'customer' ? ('customerPlan' as const) : ('competitorPlan' as const);

/** Sets one business detail. */
export function setBusiness<K extends keyof Business>(key: K, value: Business[K]): Change {
  return { path: ['business', key], value };
}

/** Sets one part of a source rating. */
export function setRating<K extends keyof SourceRating>(
  part: Part,
  sourceId: string,
  key: K,
  value: SourceRating[K],
): Change {
  return { path: [sourcesKey(part), sourceId, key], value };
}

/** Puts a whole plan row (new or replaced). */
export function putPlanRow(part: Part, row: PlanRow): Change {
  return { path: [planKey(part), row.id], value: row };
}

/** Sets one field of a plan row. */
export function setPlanRow<K extends Exclude<keyof PlanRow, 'id'>>(
  part: Part,
  rowId: string,
  key: K,
  value: PlanRow[K],
): Change {
  return { path: [planKey(part), rowId, key], value };
}

/** Removes a plan row. */
export function removePlanRow(part: Part, rowId: string): Change {
  return { path: [planKey(part), rowId], value: undefined };
}

/** Sets one field of a key-question answer. */
export function setKeyQuestion<K extends keyof KeyQuestionAnswer>(
  id: KeyQuestionId,
  key: K,
  value: KeyQuestionAnswer[K],
): Change {
  return { path: ['keyQuestions', id, key], value };
}

/** Sets one field of a goal. */
export function setGoal<K extends keyof Goal>(id: GoalId, key: K, value: Goal[K]): Change {
  return { path: ['goals', id, key], value };
}

/** Sets one field of the checkpoint. */
export function setCheckpoint<K extends keyof Checkpoint>(key: K, value: Checkpoint[K]): Change {
  return { path: ['checkpoint', key], value };
}

/** Sets the facilitator notes of a step. */
export function setNotes(step: StepId, value: string): Change {
  return { path: ['notes', step], value };
}

/** Remembers the step the user is on. */
export function setLastStep(step: StepId): Change {
  return { path: ['lastStep'], value: step };
}

/** A change at any path; for collections whose builders live beside their screens. */
export function setAt(path: readonly string[], value: unknown): Change {
  return { path, value };
}

function setIn(target: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const base =
    typeof target === 'object' && target !== null ? (target as Record<string, unknown>) : {};
  const next = setIn(base[head], rest, value);
  const copy: Record<string, unknown> = { ...base };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/**
 * Applies changes to an assessment (or a stored record) without mutating it. The result is not
 * yet repaired: pass it through restoreAssessment before trusting it.
 */
export function applyChanges(
  assessment: Assessment | unknown,
  changes: readonly Change[],
): unknown {
  return changes.reduce<unknown>((acc, c) => setIn(acc, c.path, c.value), assessment);
}
