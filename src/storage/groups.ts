import { restoreFollowUp, type FollowUp } from '../domain/follow-up';
import { restoreAssessment, type Assessment } from '../domain/workshop';
import { guarded } from './connection';
import { db } from './db';
import { removeAssessments, type DeletedAssessment } from './repository';

/** A business of a group: its workshop record and its latest follow-up, if it has had one. */
export interface GroupMember {
  readonly assessment: Assessment;
  readonly latestFollowUp: FollowUp | null;
}

/** Whether a stored record, as read before its repair, belongs to the group. */
const inGroup = (name: string) => (raw: unknown) => (raw as { group?: unknown }).group === name;

/**
 * The full assessments of one group, each repaired on the way out, with the latest follow-up of
 * each (by meeting day, then by when it was made). An unknown group has no members.
 */
export async function listGroup(group: string): Promise<GroupMember[]> {
  const name = group.trim();
  if (name === '') return [];
  return guarded(async () => {
    const rows = await db().assessments.filter(inGroup(name)).toArray();
    const records = rows.flatMap((raw) => restoreAssessment(raw) ?? []);
    const ids = records.map((a) => a.id);
    const followUps = ids.length
      ? (await db().followUps.where('assessmentId').anyOf(ids).toArray()).flatMap(
          (raw) => restoreFollowUp(raw) ?? [],
        )
      : [];
    const latest = new Map<string, FollowUp>();
    for (const f of followUps) {
      const had = latest.get(f.assessmentId);
      const newer =
        !had ||
        f.date.localeCompare(had.date) > 0 ||
        (f.date === had.date && f.createdAt.localeCompare(had.createdAt) > 0);
      if (newer) latest.set(f.assessmentId, f);
    }
    return records.map((a) => ({ assessment: a, latestFollowUp: latest.get(a.id) ?? null }));
  });
}

/**
 * Deletes every assessment of a group with their follow-ups, all in one transaction, and returns
 * them as they were so that the deletion can be undone for a while.
 */
export async function deleteGroup(group: string): Promise<DeletedAssessment[]> {
  const name = group.trim();
  if (name === '') return [];
  // The members are found and removed in one transaction: a business that joins meanwhile is
  // either deleted with the others or left whole.
  return guarded(() =>
    db().transaction('rw', db().assessments, db().summaries, db().followUps, async () => {
      const ids = (await db().assessments.filter(inGroup(name)).primaryKeys()) as string[];
      return removeAssessments(ids);
    }),
  );
}
