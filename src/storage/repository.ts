import {
  createAssessment as makeAssessment,
  type Assessment,
  type NewAssessmentInput,
} from '../domain/workshop';
import { applyChanges, type Change } from '../domain/changes';
import { restoreAssessment } from '../domain/workshop';
import { restoreFollowUp, type FollowUp } from '../domain/follow-up';
import { Dexie } from 'dexie';
import { db, type AssessmentSummary } from './db';
import { summarise } from './summarise';
import { guarded } from './connection';

export type { AssessmentSummary };

/** Writes an assessment and its summary; call inside a transaction over both tables. */
async function write(a: Assessment): Promise<void> {
  await db().assessments.put(a);
  await db().summaries.put(summarise(a));
}

function summariesOf(rows: readonly unknown[]): AssessmentSummary[] {
  return rows.flatMap((raw) => {
    const a = restoreAssessment(raw);
    return a ? [summarise(a)] : [];
  });
}

/** Rebuilds the summaries from the assessments when the two have drifted apart. */
async function repairSummaries(): Promise<void> {
  await db().transaction('rw', db().assessments, db().summaries, async () => {
    const repaired = summariesOf(await db().assessments.toArray());
    await db().summaries.clear();
    await db().summaries.bulkPut(repaired);
  });
}

/** Creates and stores a new assessment; returns it. */
export async function createAssessment(input: NewAssessmentInput): Promise<Assessment> {
  const assessment = makeAssessment(input);
  await guarded(() =>
    db().transaction('rw', db().assessments, db().summaries, async () => {
      await db().assessments.add(assessment);
      await db().summaries.put(summarise(assessment));
    }),
  );
  return assessment;
}

/**
 * All stored assessments as summaries, most recently changed first. Reads only the summaries;
 * if they have drifted from the assessments (records written by an import or an older version),
 * this once reads the full records and repairs the summaries in the background.
 */
export async function listAssessments(): Promise<AssessmentSummary[]> {
  return guarded(async () => {
    const [records, summaries] = await Promise.all([
      db().assessments.count(),
      db().summaries.count(),
    ]);
    if (records === summaries) {
      // One getAll and a sort here: a reversed index walk would step a cursor per record.
      const list = await db().summaries.toArray();
      return list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    }
    // Live queries may not write: repair outside this read, answer from the full records now.
    Dexie.ignoreTransaction(() => setTimeout(() => void repairSummaries().catch(() => undefined)));
    return summariesOf(await db().assessments.toArray()).sort((a, b) =>
      b.updatedAt.localeCompare(a.updatedAt),
    );
  });
}

/** One assessment, repaired on the way out; undefined when there is none with that id. */
export async function getAssessment(id: string): Promise<Assessment | undefined> {
  return guarded(async () => {
    const raw = await db().assessments.get(id);
    return raw ? (restoreAssessment(raw) ?? undefined) : undefined;
  });
}

/**
 * Applies field-level changes in one transaction: the latest stored record is read, only the
 * changed fields are replaced, and the result is repaired before it is written. Edits to other
 * fields, from another tab for example, are kept. Throws when the assessment does not exist.
 */
export async function updateAssessment(id: string, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  await guarded(() =>
    db().transaction('rw', db().assessments, db().summaries, async () => {
      const raw = await db().assessments.get(id);
      if (!raw) throw new Error(`No assessment ${id}`);
      // One repair after the change covers the record as read and the change itself.
      const next = restoreAssessment(applyChanges(raw, changes));
      if (!next) throw new Error(`Assessment ${id} could not be repaired`);
      await write({ ...next, updatedAt: new Date().toISOString() });
    }),
  );
}

/** An assessment as it was when deleted, with its follow-ups, so that an undo brings back both. */
export interface DeletedAssessment {
  readonly assessment: Assessment;
  readonly followUps: readonly FollowUp[];
}

/** Removes one assessment and its follow-ups; call inside a transaction over the three tables. */
async function remove(id: string): Promise<DeletedAssessment | undefined> {
  const raw = await db().assessments.get(id);
  const followUps = await db().followUps.where('assessmentId').equals(id).toArray();
  await db().assessments.delete(id);
  await db().summaries.delete(id);
  await db().followUps.where('assessmentId').equals(id).delete();
  const assessment = raw ? restoreAssessment(raw) : null;
  if (!assessment) return undefined;
  return { assessment, followUps: followUps.flatMap((f) => restoreFollowUp(f) ?? []) };
}

/**
 * Removes an assessment and its follow-ups from the device in one transaction and returns them
 * as they were, so that the removal can be undone for a while; undefined when there was none.
 */
export async function deleteAssessment(id: string): Promise<DeletedAssessment | undefined> {
  return guarded(() =>
    db().transaction('rw', db().assessments, db().summaries, db().followUps, () => remove(id)),
  );
}

/**
 * Removes several assessments with their follow-ups and returns them as they were, for an undo;
 * call inside a transaction over the three tables, so that it is all or none.
 */
export async function removeAssessments(ids: readonly string[]): Promise<DeletedAssessment[]> {
  const removed: DeletedAssessment[] = [];
  for (const id of ids) {
    const r = await remove(id);
    if (r) removed.push(r);
  }
  return removed;
}

/** Puts back an assessment and its follow-ups exactly as they were (undoing a deletion). */
export async function reinstateAssessment(
  a: Assessment,
  followUps: readonly FollowUp[] = [],
): Promise<void> {
  await reinstateAssessments([{ assessment: a, followUps }]);
}

/** Puts back several deleted assessments and their follow-ups in one transaction. */
export async function reinstateAssessments(deleted: readonly DeletedAssessment[]): Promise<void> {
  await guarded(() =>
    db().transaction('rw', db().assessments, db().summaries, db().followUps, async () => {
      for (const d of deleted) {
        await write(d.assessment);
        await db().followUps.bulkPut([...d.followUps]);
      }
    }),
  );
}
