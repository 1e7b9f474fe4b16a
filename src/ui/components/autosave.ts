import type { Change } from '../../domain/changes';
import { saveNow, saveSoon, updateAssessment } from '../../storage';

/** The save-queue key of one field, so that newer edits replace older ones. */
export function fieldKey(assessmentId: string, path: readonly string[]): string {
  return `${assessmentId}:${path.join('.')}`;
}

/**
 * Saves a choice at once. A failure shows in the save indicator; the returned promise never
 * rejects, so handlers can fire and forget.
 */
export function saveChoice(assessmentId: string, changes: readonly Change[]): Promise<void> {
  const key = fieldKey(assessmentId, changes[0]?.path ?? []);
  return saveNow(key, () => updateAssessment(assessmentId, changes)).catch(() => undefined);
}

/** Saves typed text once the user pauses; the save indicator reports the outcome. */
export function saveText(assessmentId: string, change: Change): void {
  saveSoon(fieldKey(assessmentId, change.path), () => updateAssessment(assessmentId, [change]));
}
