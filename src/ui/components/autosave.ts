import type { Change } from '../../domain/changes';
import { forgetSaves, saveNow, saveSoon, updateAssessment } from '../../storage';

/**
 * Writes changes to the record with the given id; the assessment by default, a follow-up's own
 * update for the follow-up screen (its id is unique too, so save-queue keys never collide).
 */
export type Write = (changes: readonly Change[]) => Promise<void>;

/** Typed text not yet in the database, by field: waiting, being written, or failed. */
const unsaved = new Map<string, string>();

/** The save-queue key of one field, so that newer edits replace older ones. */
export function fieldKey(assessmentId: string, path: readonly string[]): string {
  return `${assessmentId}:${path.join('.')}`;
}

/**
 * Saves a choice at once. A failure shows in the save indicator and the save is tried again
 * later; the returned promise never rejects, so handlers can fire and forget.
 */
export function saveChoice(
  assessmentId: string,
  changes: readonly Change[],
  write: Write = (c) => updateAssessment(assessmentId, c),
): Promise<void> {
  const key = fieldKey(assessmentId, changes[0]?.path ?? []);
  unsaved.delete(key);
  return saveNow(key, () => write(changes)).catch(() => undefined);
}

/**
 * Saves typed text once the user pauses; the save indicator reports the outcome. Until the text
 * is in the database it is kept here too, so that a field shown again (the user went to another
 * step while saving failed) shows the text instead of the older stored one.
 */
export function saveText(
  assessmentId: string,
  change: Change,
  write: Write = (c) => updateAssessment(assessmentId, c),
): void {
  const key = fieldKey(assessmentId, change.path);
  const text = change.value;
  if (typeof text === 'string') unsaved.set(key, text);
  else unsaved.delete(key);
  saveSoon(key, async () => {
    await write([change]);
    if (unsaved.get(key) === text) unsaved.delete(key);
  });
}

/** Text typed into this field that has not reached the database yet, if any. */
export function unsavedText(assessmentId: string, path: readonly string[]): string | undefined {
  return unsaved.get(fieldKey(assessmentId, path));
}

/**
 * Drops the waiting and failed saves of a deleted assessment (of all, without an id), so that
 * they are not tried again against a record that is gone. Call once its undo time is over, and
 * after all data was deleted.
 */
export function forgetUnsaved(assessmentId?: string): void {
  const prefix = assessmentId === undefined ? '' : fieldKey(assessmentId, []);
  forgetSaves(prefix);
  for (const key of unsaved.keys()) if (key.startsWith(prefix)) unsaved.delete(key);
}
