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
