import { useEffect, useState } from 'preact/hooks';
import { assessmentRecord, followUpRecord, type RecordRef } from '../../domain/changes';
import type { FollowUp } from '../../domain/follow-up';
import type { QuickCheck } from '../../domain/quick-check';
import { autosave, type DeletedAssessment } from '../../storage';

/** How long a deleted assessment or follow-up can be brought back. */
export const UNDO_MS = 10_000;

/**
 * One thing that was just deleted and can be brought back for a few seconds. When the time is
 * over it is gone for good: a failed save of its records must not keep being retried.
 */
function undoSlot<T>(recordsOf: (removed: T) => readonly RecordRef[]) {
  let held: { readonly removed: T; readonly until: number } | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const forget = () => {
    held = null;
    notify();
  };
  return {
    remember(removed: T, now = Date.now()): void {
      held = { removed, until: now + UNDO_MS };
      notify();
      setTimeout(() => {
        if (held?.removed !== removed) return;
        forget();
        autosave.forget(...recordsOf(removed));
      }, UNDO_MS);
    },
    forget,
    /** What can still be brought back, if anything; the caller draws again when it changes. */
    use(): T | null {
      const [, setTick] = useState(0);
      useEffect(() => {
        const l = () => setTick((n) => n + 1);
        listeners.add(l);
        return () => void listeners.delete(l);
      }, []);
      return held && held.until > Date.now() ? held.removed : null;
    },
  };
}

const assessments = undoSlot((removed: DeletedAssessment) => [
  assessmentRecord(removed.assessment.id),
  ...removed.followUps.map((f) => followUpRecord(f.id)),
]);
const followUps = undoSlot((f: FollowUp) => [followUpRecord(f.id)]);

/** A group deleted with all its businesses. */
export interface DeletedGroup {
  readonly name: string;
  readonly members: readonly DeletedAssessment[];
}
const groups = undoSlot((removed: DeletedGroup) =>
  removed.members.flatMap((m) => [
    assessmentRecord(m.assessment.id),
    ...m.followUps.map((f) => followUpRecord(f.id)),
  ]),
);

/** Remembers a deleted group (its businesses and their follow-ups) for the undo on the home screen. */
export const rememberDeletedGroup = groups.remember;
/** Forgets the deleted group (undone, or the time is up). */
export const forgetDeletedGroup = groups.forget;
/** The group that can still be brought back, if any. */
export const useRecentlyDeletedGroup = groups.use;

/** Remembers a deleted assessment (with its follow-ups) for the undo on the home screen. */
export const rememberDeleted = assessments.remember;
/** Forgets the deleted assessment (undone, or the time is up). */
export const forgetDeleted = assessments.forget;
/** The assessment (and its follow-ups) that can still be brought back, if any. */
export const useRecentlyDeleted = assessments.use;

/** Remembers a deleted follow-up for the undo on its assessment's overview. */
export const rememberDeletedFollowUp = followUps.remember;
/** Forgets the deleted follow-up (undone, or the time is up). */
export const forgetDeletedFollowUp = followUps.forget;

/** The follow-up of this assessment that can still be brought back, if any. */
export function useRecentlyDeletedFollowUp(assessmentId: string): FollowUp | null {
  const f = followUps.use();
  return f?.assessmentId === assessmentId ? f : null;
}

const quickChecks = undoSlot((q: QuickCheck) => [{ kind: 'quickCheck' as const, id: q.id }]);

/** Remembers a deleted quick check for the undo on the quick checks' screen. */
export const rememberDeletedQuickCheck = quickChecks.remember;
/** Forgets the deleted quick check (undone, or the time is up). */
export const forgetDeletedQuickCheck = quickChecks.forget;
/** The quick check that can still be brought back, if any. */
export const useRecentlyDeletedQuickCheck = quickChecks.use;
