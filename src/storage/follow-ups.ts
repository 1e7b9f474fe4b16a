import { applyChanges, type Change } from '../domain/changes';
import {
  createFollowUp as makeFollowUp,
  restoreFollowUp,
  type FollowUp,
} from '../domain/follow-up';
import { restoreAssessment } from '../domain/workshop';
import { guarded } from './connection';
import { db } from './db';

/** Today in the user's own time zone (YYYY-MM-DD), the day a follow-up is held. */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Starts a follow-up of an assessment: reads the workshop record (never writes it), carries its
 * plan over and stores the follow-up. Throws when the assessment does not exist.
 */
export async function createFollowUp(
  assessmentId: string,
  today: string = localToday(),
): Promise<FollowUp> {
  return guarded(() =>
    db().transaction('rw', db().assessments, db().followUps, async () => {
      const raw = await db().assessments.get(assessmentId);
      const a = raw ? restoreAssessment(raw) : null;
      if (!a) throw new Error(`No assessment ${assessmentId}`);
      const f = makeFollowUp(a, today);
      await db().followUps.add(f);
      return f;
    }),
  );
}

/** The follow-ups of an assessment, newest first, each repaired on the way out. */
export async function listFollowUps(assessmentId: string): Promise<FollowUp[]> {
  return guarded(async () => {
    const rows = await db().followUps.where('assessmentId').equals(assessmentId).toArray();
    return rows
      .flatMap((raw) => restoreFollowUp(raw) ?? [])
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  });
}

/** One follow-up, repaired on the way out; undefined when there is none with that id. */
export async function getFollowUp(id: string): Promise<FollowUp | undefined> {
  return guarded(async () => {
    const raw = await db().followUps.get(id);
    return raw ? (restoreFollowUp(raw) ?? undefined) : undefined;
  });
}

/**
 * Applies field-level changes to a follow-up in one transaction, as updateAssessment does for
 * the workshop: the latest record is read, only the changed fields replaced, the result repaired.
 */
export async function updateFollowUp(id: string, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  await guarded(() =>
    db().transaction('rw', db().followUps, async () => {
      const raw = await db().followUps.get(id);
      if (!raw) throw new Error(`No follow-up ${id}`);
      const next = restoreFollowUp(applyChanges(raw, changes));
      if (!next) throw new Error(`Follow-up ${id} could not be repaired`);
      // A change may not move the follow-up to another id or assessment.
      await db().followUps.put({
        ...next,
        id: raw.id,
        assessmentId: raw.assessmentId,
        updatedAt: new Date().toISOString(),
      });
    }),
  );
}

/**
 * Removes one follow-up and returns it as it was, so that the removal can be undone for a while;
 * the assessment it belongs to stays as it is. Undefined when there was none.
 */
export async function deleteFollowUp(id: string): Promise<FollowUp | undefined> {
  return guarded(() =>
    db().transaction('rw', db().followUps, async () => {
      const raw = await db().followUps.get(id);
      await db().followUps.delete(id);
      return raw ? (restoreFollowUp(raw) ?? undefined) : undefined;
    }),
  );
}

/** Puts back a deleted follow-up exactly as it was (undoing a deletion). */
export async function reinstateFollowUp(f: FollowUp): Promise<void> {
  await guarded(() => db().followUps.put(f));
}
