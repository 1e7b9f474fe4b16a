import { classifyStorageError, type StorageProblem } from '../errors';
import { setSaveStatus, type SaveStatus } from './status';

/*
 * The save queue: one save per key (a field), newest wins, failed saves retried. Keys are
 * opaque here; index.ts makes them from typed field references.
 */

type Job = () => Promise<void>;

/** The performance mark set each time a save has been committed to the database. */
export const SAVE_COMMITTED = 'markkinapaja:save-committed';

/**
 * How long to wait before trying failed saves again by themselves, in ms. Space is usually freed
 * in another app, so the first tries come soon; later ones settle at a pace that costs nothing.
 */
export const RETRY_DELAYS: readonly number[] = [2_000, 4_000, 8_000, 15_000];

/** One save of one key; a higher number is a newer save of that key. */
interface Save {
  readonly key: string;
  readonly job: Job;
  readonly n: number;
}

interface Failure {
  readonly save: Save;
  readonly problem: StorageProblem;
  /** A newer save of the same key is on its way: this one must never be written over it. */
  superseded: boolean;
}

const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; save: Save }>();
const running = new Set<Promise<void>>();
/** Failed saves by key, oldest failure first; each stays until its key is saved. */
const failures = new Map<string, Failure>();
const retrying = new Set<Save>();
/** The number of the newest save of each key. */
const newest = new Map<string, number>();
let counter = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryRound = 0;

function newSave(key: string, job: Job): Save {
  counter += 1;
  newest.set(key, counter);
  const failure = failures.get(key);
  if (failure) failure.superseded = true;
  return { key, job, n: counter };
}

/**
 * The status follows the queue: failed while any save is unsaved (so that the banner stays put
 * while the user types on, instead of flickering), saving while any waits or runs.
 */
function refresh() {
  const last = [...failures.values()].pop();
  const next: SaveStatus = last
    ? { state: 'failed', problem: last.problem }
    : pending.size > 0 || running.size > 0
      ? { state: 'saving' }
      : counter === 0
        ? { state: 'idle' }
        : { state: 'saved' };
  setSaveStatus(next);
}

function succeeded(save: Save) {
  const failure = failures.get(save.key);
  if (failure && failure.save.n <= save.n) failures.delete(save.key);
  // The database took a write: storage may be back for the saves that failed before.
  if (hasRetryable()) {
    retryRound = 0;
    void retryFailedSaves();
  } else if (failures.size === 0) {
    stopRetrying();
  }
}

function failed(save: Save, e: unknown) {
  // A newer save of the same field is on its way or done; its outcome is the one that counts.
  if ((newest.get(save.key) ?? 0) > save.n) return;
  // Moved to the end: the banner names the latest problem.
  failures.delete(save.key);
  failures.set(save.key, { save, problem: classifyStorageError(e), superseded: false });
  scheduleRetry();
}

async function run(save: Save): Promise<void> {
  const p = Promise.resolve().then(save.job);
  running.add(p);
  refresh();
  try {
    await p;
    // Lets the benchmark time a keystroke to its committed write; costs nothing otherwise.
    performance.mark(SAVE_COMMITTED);
    succeeded(save);
  } catch (e) {
    failed(save, e);
    throw e;
  } finally {
    running.delete(p);
    refresh();
  }
}

function hasRetryable(): boolean {
  return [...failures.values()].some((f) => !f.superseded && !retrying.has(f.save));
}

function retry(save: Save): Promise<void> {
  retrying.add(save);
  return run(save).finally(() => retrying.delete(save));
}

function stopRetrying() {
  clearTimeout(retryTimer);
  retryTimer = undefined;
  retryRound = 0;
}

function scheduleRetry() {
  // Saves being retried count: the one failing right now is still marked as running.
  const due = [...failures.values()].some((f) => !f.superseded);
  if (retryTimer !== undefined || !due) return;
  const delay = RETRY_DELAYS[Math.min(retryRound, RETRY_DELAYS.length - 1)];
  retryRound += 1;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void retryFailedSaves();
  }, delay);
}

/**
 * Runs every failed save again (the "Try again" button, the page shown again, a timer, another
 * save that went through). A save that a newer edit of the same field has replaced is not run.
 * Resolves when they have settled; failures stay in the status.
 */
export async function retryFailedSaves(): Promise<void> {
  const due = [...failures.values()].filter((f) => !f.superseded && !retrying.has(f.save));
  await Promise.allSettled(due.map((f) => retry(f.save)));
}

/**
 * Saves now (a choice, a click). A pending typed save under the same key is dropped: the newer
 * value wins. Rejects with the storage error so that the caller can tell the user; the save is
 * tried again later like any failed save.
 */
export function saveNow(key: string, job: Job): Promise<void> {
  const waiting = pending.get(key);
  if (waiting) clearTimeout(waiting.timer);
  pending.delete(key);
  return run(newSave(key, job));
}

/**
 * Saves after the user pauses typing (default 300 ms); a newer save under the same key
 * replaces the waiting one. Failures show in the save status.
 */
export function saveSoon(key: string, job: Job, delay = 300): void {
  const waiting = pending.get(key);
  if (waiting) clearTimeout(waiting.timer);
  const save = newSave(key, job);
  const timer = setTimeout(() => {
    pending.delete(key);
    run(save).catch(() => undefined);
  }, delay);
  pending.set(key, { timer, save });
  refresh();
}

/**
 * Runs every waiting save at once, tries failed ones again, and waits for all saves under way
 * (blur, hide, update, language switch, before a PDF).
 */
export async function flushSaves(): Promise<void> {
  const waiting = [...pending.values()];
  pending.clear();
  for (const { timer } of waiting) clearTimeout(timer);
  const started = waiting.map(({ save }) => run(save));
  const retried = retryFailedSaves();
  await Promise.allSettled([...started, retried, ...running]);
}

/**
 * Runs the waiting save of one key now, or tries its failed save again (a field losing focus).
 */
export async function flushSave(key: string): Promise<void> {
  const waiting = pending.get(key);
  if (waiting) {
    clearTimeout(waiting.timer);
    pending.delete(key);
    await run(waiting.save).catch(() => undefined);
    return;
  }
  const failure = failures.get(key);
  if (failure && !failure.superseded && !retrying.has(failure.save)) {
    await retry(failure.save).catch(() => undefined);
  }
}

/**
 * Drops waiting and failed saves whose key starts with the prefix (all of them without one):
 * after an assessment was deleted, its saves can never succeed and must not be retried.
 */
export function forgetSaves(prefix = ''): void {
  for (const [key, { timer }] of pending) {
    if (key.startsWith(prefix)) {
      clearTimeout(timer);
      pending.delete(key);
    }
  }
  for (const key of failures.keys()) if (key.startsWith(prefix)) failures.delete(key);
  // A save of these keys still under way must not bring its failure back.
  for (const key of newest.keys()) if (key.startsWith(prefix)) newest.set(key, ++counter);
  if (failures.size === 0) stopRetrying();
  refresh();
}

/** True while any save waits, runs, or has failed and not yet gone through: unsaved work. */
export function hasPendingSaves(): boolean {
  return pending.size > 0 || running.size > 0 || failures.size > 0;
}
