import { useEffect, useState } from 'preact/hooks';
import { assessmentRecord, followUpRecord } from '../../domain/changes';
import type { FollowUp } from '../../domain/follow-up';
import { autosave, type DeletedAssessment } from '../../storage';

/** How long a deleted assessment can be brought back. */
export const UNDO_MS = 10_000;

let deleted: { readonly removed: DeletedAssessment; readonly until: number } | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Draws the calling component again whenever something is deleted, undone or forgotten. */
function useDeletions(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
}

/**
 * Remembers a deleted assessment (with its follow-ups) for a few seconds, for the undo on the
 * home screen.
 */
export function rememberDeleted(removed: DeletedAssessment, now = Date.now()): void {
  deleted = { removed, until: now + UNDO_MS };
  notify();
  setTimeout(() => {
    if (deleted?.removed !== removed) return;
    forgetDeleted();
    // Gone for good: a failed save of it or of its follow-ups must not keep being retried.
    autosave.forget(
      assessmentRecord(removed.assessment.id),
      ...removed.followUps.map((f) => followUpRecord(f.id)),
    );
  }, UNDO_MS);
}

/** Forgets the deleted assessment (undone, or the time is up). */
export function forgetDeleted(): void {
  deleted = null;
  notify();
}

/** The assessment (and its follow-ups) that can still be brought back, if any. */
export function useRecentlyDeleted(): DeletedAssessment | null {
  useDeletions();
  return deleted && deleted.until > Date.now() ? deleted.removed : null;
}

let deletedFollowUp: { readonly followUp: FollowUp; readonly until: number } | null = null;

/** Remembers a deleted follow-up for a few seconds, for the undo on its assessment's overview. */
export function rememberDeletedFollowUp(followUp: FollowUp, now = Date.now()): void {
  deletedFollowUp = { followUp, until: now + UNDO_MS };
  notify();
  setTimeout(() => {
    if (deletedFollowUp?.followUp !== followUp) return;
    forgetDeletedFollowUp();
    autosave.forget(followUpRecord(followUp.id));
  }, UNDO_MS);
}

/** Forgets the deleted follow-up (undone, or the time is up). */
export function forgetDeletedFollowUp(): void {
  deletedFollowUp = null;
  notify();
}

/** The follow-up of this assessment that can still be brought back, if any. */
export function useRecentlyDeletedFollowUp(assessmentId: string): FollowUp | null {
  useDeletions();
  return deletedFollowUp &&
    deletedFollowUp.until > Date.now() &&
    deletedFollowUp.followUp.assessmentId === assessmentId
    ? deletedFollowUp.followUp
    : null;
}
