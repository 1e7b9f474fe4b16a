import { setField, type Change, type FieldRef, type RecordRef } from '../../domain/changes';
import {
  getAssessment,
  getFollowUp,
  getQuickCheck,
  updateAssessment,
  updateFollowUp,
  updateQuickCheck,
} from '../door';
import { adoptDraft, draftAt, draftCommitted, dropDrafts, keepDraft, storedDrafts } from './drafts';
import { flushSave, flushSaves, forgetSaves, retryFailedSaves, saveNow, saveSoon } from './queue';

export {
  flushSaves,
  hasPendingSaves,
  retryFailedSaves,
  RETRY_DELAYS,
  SAVE_COMMITTED,
} from './queue';
export { getSaveStatus, subscribeSaveStatus, type SaveStatus } from './status';

/** How long typing may pause before its text is written, in ms. */
export const TYPING_PAUSE = 300;

const writers = {
  assessment: updateAssessment,
  followUp: updateFollowUp,
  quickCheck: updateQuickCheck,
} as const;

const exists = {
  assessment: async (id: string) => (await getAssessment(id)) !== undefined,
  followUp: async (id: string) => (await getFollowUp(id)) !== undefined,
  quickCheck: async (id: string) => (await getQuickCheck(id)) !== undefined,
} as const;

const recordKey = (r: RecordRef) => `${r.kind}:${r.id}:`;
const keyOf = (record: RecordRef, path: readonly string[]) => recordKey(record) + path.join('.');

/** Writes changes to the record the reference names: the assessment or a follow-up. */
function write(record: RecordRef, changes: readonly Change[]): Promise<void> {
  return writers[record.kind](record.id, changes);
}

function keep<V>(field: FieldRef<V>, value: V) {
  const key = keyOf(field.record, field.path);
  const seq = keepDraft(key, { ...field.record, path: field.path, value });
  const job = async () => {
    await write(field.record, [setField(field, value)]);
    draftCommitted(key, seq);
  };
  return { key, job };
}

/**
 * Saves typed text once the user pauses (300 ms); a newer text of the field replaces it. Until
 * it is in the database it is kept as a draft (also in sessionStorage, across a reload).
 */
function type(field: FieldRef<string>, text: string): void {
  const { key, job } = keep(field, text);
  saveSoon(key, job, TYPING_PAUSE);
}

/**
 * Saves a choice at once, replacing a waiting save of the same field. A failure shows in the
 * save status and is tried again later; the promise never rejects.
 */
function choose<V>(field: FieldRef<V>, value: V): Promise<void> {
  const { key, job } = keep(field, value);
  return saveNow(key, job).catch(() => undefined);
}

/**
 * Saves several changes of one record at once, in one transaction (adding, removing or moving a
 * row). Like a choice, it is retried when it fails and the promise never rejects.
 */
function apply(record: RecordRef, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return Promise.resolve();
  return saveNow(keyOf(record, changes[0].path), () => write(record, changes)).catch(
    () => undefined,
  );
}

/** Writes the waiting text of one field now, or tries its failed save again (focus left it). */
function flush(field: FieldRef<unknown>): Promise<void> {
  return flushSave(keyOf(field.record, field.path));
}

/** The value given to a field that has not reached the database yet, if any. */
function draftOf<V>(field: FieldRef<V>): V | undefined {
  return draftAt(keyOf(field.record, field.path))?.value as V | undefined;
}

/**
 * Drops the waiting and failed saves and the drafts of records that are gone for good (an
 * assessment and its follow-ups, once their undo time is over), so that nothing is tried again.
 */
function forget(...records: readonly RecordRef[]): void {
  for (const r of records) {
    forgetSaves(recordKey(r));
    dropDrafts(recordKey(r));
  }
}

/** Drops every waiting and failed save and every draft (all data was deleted). */
function forgetEverything(): void {
  forgetSaves('');
  dropDrafts('');
}

/**
 * Writes back the drafts a reload left in sessionStorage, through the same queue; each goes once
 * committed. A draft of a record that no longer exists is dropped quietly, and one the user has
 * replaced since (a newer draft of the field) is never written. Resolves when all have settled.
 */
async function restoreDrafts(): Promise<void> {
  const writes = storedDrafts().flatMap(({ key, draft }) => {
    if (!adoptDraft(key, draft)) return [];
    const record: RecordRef = { kind: draft.kind, id: draft.id };
    const job = async () => {
      if (!(await exists[record.kind](record.id))) {
        dropDrafts(recordKey(record));
        return;
      }
      if (draftAt(key)?.seq !== draft.seq) return;
      await write(record, [{ path: draft.path, value: draft.value }]);
      draftCommitted(key, draft.seq);
    };
    return [saveNow(key, job).catch(() => undefined)];
  });
  await Promise.all(writes);
}

/**
 * Flushes saves when the page is hidden or left; tries failed saves again when the page is
 * shown again (the user may have freed space meanwhile). The drafts cover a write that the
 * unloading page cannot finish.
 */
export function flushOnHide(target: Window = window): () => void {
  const onHide = () => void flushSaves();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') onHide();
    else void retryFailedSaves();
  };
  target.addEventListener('pagehide', onHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * The one way screens save: a typed field reference and its value. Writes go to the record the
 * reference names; text within 300 ms of the last keystroke, choices and row changes at once.
 */
export const autosave = {
  type,
  choose,
  apply,
  flush,
  flushAll: flushSaves,
  draftOf,
  forget,
  forgetEverything,
  retry: retryFailedSaves,
  restoreDrafts,
} as const;
