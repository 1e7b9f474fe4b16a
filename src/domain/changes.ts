import type {
  Assessment,
  Business,
  Checkpoint,
  Goal,
  KeyQuestionAnswer,
  PlanRow,
  SourceRating,
} from './workshop';
import type { GoalId, KeyQuestionId, Part, StepId } from './workshop';
import type { FollowUp } from './follow-up';
import type { QuickCheck } from './quick-check';

/**
 * One field-level edit: a path into the record and the value to put there (undefined removes
 * the entry). Screens build changes only through typed field references and the builders below,
 * so storage can write exactly the touched field and two tabs never overwrite each other.
 */
export interface Change {
  readonly path: readonly string[];
  readonly value: unknown;
}

/** The records that screens edit field by field. */
export type RecordKind = 'assessment' | 'followUp' | 'quickCheck';

/** Which stored record a field belongs to. */
export interface RecordRef {
  readonly kind: RecordKind;
  readonly id: string;
}

/** Every path into a value, as a tuple of keys (ids of keyed collections are any string). */
export type PathOf<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? { [K in keyof T & string]: readonly [K] | readonly [K, ...PathOf<T[K]>] }[keyof T & string]
    : never;

/** The type of the value at a path. */
export type ValueAt<T, P> = P extends readonly [infer H, ...infer R]
  ? H extends keyof T
    ? ValueAt<T[H], R>
    : never
  : T;

/**
 * A typed reference to one field of one stored record. Made only by assessmentField and
 * followUpField, whose paths the type checker holds to the record's definition: a field renamed
 * in the domain fails the check everywhere it is used.
 */
export interface FieldRef<V> {
  readonly record: RecordRef;
  readonly path: readonly string[];
  /** Never set; carries the type of the field's value. */
  readonly valueType?: V;
}

/** The assessment with this id, as the record that changes go to. */
export const assessmentRecord = (id: string): RecordRef => ({ kind: 'assessment', id });

/** The follow-up with this id, as the record that changes go to. */
export const followUpRecord = (id: string): RecordRef => ({ kind: 'followUp', id });

/** A field of an assessment. */
export function assessmentField<const P extends PathOf<Assessment>>(
  id: string,
  ...path: P
): FieldRef<ValueAt<Assessment, P>> {
  return { record: { kind: 'assessment', id }, path };
}

/** A field of a follow-up. */
export function followUpField<const P extends PathOf<FollowUp>>(
  id: string,
  ...path: P
): FieldRef<ValueAt<FollowUp, P>> {
  return { record: { kind: 'followUp', id }, path };
}

/** A field of a quick check. */
export function quickCheckField<const P extends PathOf<QuickCheck>>(
  id: string,
  ...path: P
): FieldRef<ValueAt<QuickCheck, P>> {
  return { record: { kind: 'quickCheck', id }, path };
}

/** The change that puts a value into a field. */
export function setField<V>(field: FieldRef<V>, value: V): Change {
  return { path: field.path, value };
}

/** The change that removes an entry (a row of a keyed collection). */
export function removeField(field: FieldRef<unknown>): Change {
  return { path: field.path, value: undefined };
}

/** Key of the source table of a part. */
export const sourcesKey = (part: Part) =>
  part === 'customer'
    ? ('customerSources' as const satisfies keyof Assessment)
    : ('competitorSources' as const satisfies keyof Assessment);

/** Key of the action plan of a part. */
export const planKey = (part: Part) =>
  part === 'customer'
    ? ('customerPlan' as const satisfies keyof Assessment)
    : ('competitorPlan' as const satisfies keyof Assessment);

// The builders below take no record id: their changes go to whichever assessment they are
// applied to. Their paths are checked against the definition all the same: a fixed path through
// `at`, and a path with a key chosen by the caller key by key (`top` and the key's own type).
const at = <const P extends PathOf<Assessment>>(...path: P) => assessmentField('', ...path);
const top = <K extends keyof Assessment>(key: K) => key;

/** Sets one business detail. */
export function setBusiness<K extends keyof Business>(key: K, value: Business[K]): Change {
  return { path: [top('business'), key], value };
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
  return { path: [top('keyQuestions'), id, key], value };
}

/** Sets one field of a goal. */
export function setGoal<K extends keyof Goal>(id: GoalId, key: K, value: Goal[K]): Change {
  return { path: [top('goals'), id, key], value };
}

/** Sets one field of the checkpoint. */
export function setCheckpoint<K extends keyof Checkpoint>(key: K, value: Checkpoint[K]): Change {
  return { path: [top('checkpoint'), key], value };
}

/** Sets the facilitator notes of a step. */
export function setNotes(step: StepId, value: string): Change {
  return setField(at('notes', step), value);
}

/** Remembers the step the user is on. */
export function setLastStep(step: StepId): Change {
  return setField(at('lastStep'), step);
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
