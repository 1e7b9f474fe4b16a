import type { Change } from '../../../domain/changes';
import { updateFollowUp } from '../../../storage';
import { saveChoice, type Write } from '../../components/autosave';

/** Writes to one follow-up, for TextField's `write` and the choices below. */
export const followUpWrite =
  (followUpId: string): Write =>
  (changes) =>
    updateFollowUp(followUpId, changes);

/** Saves a choice of a follow-up at once through the save queue, like the workshop's choices. */
export function saveFollowUpChoice(followUpId: string, change: Change): Promise<void> {
  return saveChoice(followUpId, [change], followUpWrite(followUpId));
}
