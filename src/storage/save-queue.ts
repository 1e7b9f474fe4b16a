import { classifyStorageError, type StorageProblem } from './errors';

/** What the quiet save indicator shows. */
export type SaveStatus =
  | { readonly state: 'idle' | 'saving' | 'saved' }
  | { readonly state: 'failed'; readonly problem: StorageProblem };

type Job = () => Promise<void>;

/** The performance mark set each time a save has been committed to the database. */
export const SAVE_COMMITTED = 'markkinapaja:save-committed';

const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; job: Job }>();
const running = new Set<Promise<void>>();
const listeners = new Set<(s: SaveStatus) => void>();
let status: SaveStatus = { state: 'idle' };

function setStatus(next: SaveStatus) {
  status = next;
  listeners.forEach((l) => l(next));
}

async function run(job: Job): Promise<void> {
  setStatus({ state: 'saving' });
  const p = job();
  running.add(p);
  try {
    await p;
    // Lets the benchmark time a keystroke to its committed write; costs nothing otherwise.
    performance.mark(SAVE_COMMITTED);
    if (running.size === 1 && pending.size === 0) setStatus({ state: 'saved' });
  } catch (e) {
    setStatus({ state: 'failed', problem: classifyStorageError(e) });
    throw e;
  } finally {
    running.delete(p);
  }
}

/**
 * Saves now (a choice, a click). A pending typed save under the same key is dropped: the newer
 * value wins. Rejects with the storage error so that the caller can tell the user.
 */
export function saveNow(key: string, job: Job): Promise<void> {
  const waiting = pending.get(key);
  if (waiting) clearTimeout(waiting.timer);
  pending.delete(key);
  return run(job);
}

/**
 * Saves after the user pauses typing (default 300 ms); a newer save under the same key
 * replaces the waiting one. Failures show in the save status.
 */
export function saveSoon(key: string, job: Job, delay = 300): void {
  const waiting = pending.get(key);
  if (waiting) clearTimeout(waiting.timer);
  const timer = setTimeout(() => {
    pending.delete(key);
    run(job).catch(() => undefined);
  }, delay);
  pending.set(key, { timer, job });
  setStatus({ state: 'saving' });
}

/** Runs every waiting save at once and waits for all saves under way (blur, hide, update). */
export async function flushSaves(): Promise<void> {
  const jobs = [...pending.entries()];
  pending.clear();
  for (const [, { timer }] of jobs) clearTimeout(timer);
  await Promise.allSettled([...jobs.map(([, { job }]) => run(job)), ...running]);
}

/** Runs the waiting save of one key now, if there is one (a field losing focus). */
export async function flushSave(key: string): Promise<void> {
  const waiting = pending.get(key);
  if (!waiting) return;
  clearTimeout(waiting.timer);
  pending.delete(key);
  await run(waiting.job).catch(() => undefined);
}

/** True while any save waits or runs. */
export function hasPendingSaves(): boolean {
  return pending.size > 0 || running.size > 0;
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

/** Flushes saves when the page is hidden or left, so that nothing typed is lost. */
export function flushOnHide(target: Window = window): () => void {
  const onHide = () => void flushSaves();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') onHide();
  };
  target.addEventListener('pagehide', onHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
