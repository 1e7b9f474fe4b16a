import { useEffect, useState } from 'preact/hooks';
import type { Assessment } from '../../domain/assessment';
import { forgetUnsaved } from './autosave';

/** How long a deleted assessment can be brought back. */
export const UNDO_MS = 10_000;

let deleted: { readonly assessment: Assessment; readonly until: number } | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Remembers a deleted assessment for a few seconds, for the undo on the home screen. */
export function rememberDeleted(assessment: Assessment, now = Date.now()): void {
  deleted = { assessment, until: now + UNDO_MS };
  notify();
  setTimeout(() => {
    if (deleted?.assessment !== assessment) return;
    forgetDeleted();
    // Gone for good: a failed save of it must not keep being retried.
    forgetUnsaved(assessment.id);
  }, UNDO_MS);
}

/** Forgets the deleted assessment (undone, or the time is up). */
export function forgetDeleted(): void {
  deleted = null;
  notify();
}

/** The assessment that can still be brought back, if any. */
export function useRecentlyDeleted(): Assessment | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return deleted && deleted.until > Date.now() ? deleted.assessment : null;
}
