import { autosave } from '../../storage';

/**
 * Drops every waiting and failed save and every draft, after all data was deleted. Saving
 * itself lives in storage's autosave; this name stays for the data screen that calls it.
 */
export function forgetUnsaved(): void {
  autosave.forgetEverything();
}
