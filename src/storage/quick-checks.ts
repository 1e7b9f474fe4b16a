import { restoreQuickCheck, type QuickCheck } from '../domain/quick-check';
import { createQuickCheck as makeQuickCheck } from '../domain/quick-check-answers';
import {
  createAssessment as makeAssessment,
  type Assessment,
  type NewAssessmentInput,
} from '../domain/workshop';
import { guarded } from './connection';
import { db } from './db';
import { summarise } from './summarise';

// The quick check's repository (through the door, like the rest of the store).
export { getQuickCheck, updateQuickCheck } from './quick-check-writes';

const newestFirst = (a: QuickCheck, b: QuickCheck) => b.createdAt.localeCompare(a.createdAt);

/**
 * Starts a new quick check with nothing answered, and stores it. Done again for a workshop
 * already under way, it names that workshop's assessment, so that the two can be compared.
 */
export async function createQuickCheck(assessmentId = ''): Promise<QuickCheck> {
  const q = makeQuickCheck(new Date(), assessmentId);
  await guarded(() => db().quickChecks.add(q));
  return q;
}

/** Every quick check on this device, newest first. */
export async function listQuickChecks(): Promise<QuickCheck[]> {
  return guarded(async () =>
    (await db().quickChecks.toArray())
      .flatMap((raw) => restoreQuickCheck(raw) ?? [])
      .sort(newestFirst),
  );
}

/**
 * Removes one quick check and returns it as it was, so that the removal can be undone for a
 * while; undefined when there was none. A workshop started from it stays as it is.
 */
export async function deleteQuickCheck(id: string): Promise<QuickCheck | undefined> {
  return guarded(() =>
    db().transaction('rw', db().quickChecks, async () => {
      const raw = await db().quickChecks.get(id);
      await db().quickChecks.delete(id);
      return (raw && restoreQuickCheck(raw)) ?? undefined;
    }),
  );
}

/** Puts back a deleted quick check exactly as it was. */
export async function reinstateQuickCheck(q: QuickCheck): Promise<void> {
  await guarded(() => db().quickChecks.put(q));
}

/** The quick checks an assessment was started from (or linked to), newest first. */
export async function quickChecksOf(assessmentId: string): Promise<QuickCheck[]> {
  return guarded(async () =>
    (await db().quickChecks.where('assessmentId').equals(assessmentId).toArray())
      .flatMap((raw) => restoreQuickCheck(raw) ?? [])
      .sort(newestFirst),
  );
}

/** The quick check an assessment was started from: the first one linked to it, if any. */
export async function startedFromQuickCheck(assessmentId: string): Promise<QuickCheck | undefined> {
  return (await quickChecksOf(assessmentId)).at(-1);
}

/**
 * Starts the workshop from a quick check: a new assessment, and the quick check linked to it, in
 * one transaction. Throws when the quick check does not exist.
 */
export async function startWorkshopFrom(
  quickCheckId: string,
  input: NewAssessmentInput,
): Promise<Assessment> {
  return guarded(() =>
    db().transaction('rw', db().quickChecks, db().assessments, db().summaries, async () => {
      const raw = await db().quickChecks.get(quickCheckId);
      const q = raw ? restoreQuickCheck(raw) : null;
      if (!q) throw new Error(`No quick check ${quickCheckId}`);
      const a = makeAssessment(input);
      await db().assessments.add(a);
      await db().summaries.put(summarise(a));
      await db().quickChecks.put({ ...q, assessmentId: a.id, updatedAt: a.createdAt });
      return a;
    }),
  );
}
