import type { StorageProblem } from '../errors';

/** What the quiet save indicator shows. */
export type SaveStatus =
  | { readonly state: 'idle' | 'saving' | 'saved' }
  | { readonly state: 'failed'; readonly problem: StorageProblem };

const listeners = new Set<(s: SaveStatus) => void>();
let status: SaveStatus = { state: 'idle' };

function same(a: SaveStatus, b: SaveStatus): boolean {
  return a.state === b.state && (a.state !== 'failed' || a.problem === (b as typeof a).problem);
}

/** Sets the status; listeners hear only real changes. */
export function setSaveStatus(next: SaveStatus): void {
  if (same(next, status)) return;
  status = next;
  listeners.forEach((l) => l(next));
}

/** The current save status. */
export function getSaveStatus(): SaveStatus {
  return status;
}

/** Calls the listener on every status change; returns the unsubscribe function. */
export function subscribeSaveStatus(listener: (s: SaveStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
