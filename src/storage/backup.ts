import { serializeBackup } from '../domain/backup-format';
import { restoreAssessment } from '../domain/workshop';
import { db } from './db';
import { guarded } from './connection';
import { rememberBackup } from './settings';

/** The app's version, written into every backup file. */
export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0';

/**
 * The text of a backup file with the given assessments (all when ids is missing), and
 * remembers when the backup was made.
 */
export async function exportBackup(
  ids?: readonly string[],
  now: Date = new Date(),
): Promise<string> {
  return guarded(async () => {
    const rows = ids ? await db().assessments.bulkGet([...ids]) : await db().assessments.toArray();
    const assessments = rows.flatMap((raw) => {
      const a = raw ? restoreAssessment(raw) : null;
      return a ? [a] : [];
    });
    const text = serializeBackup(assessments, APP_VERSION, now.toISOString());
    await rememberBackup(now);
    return text;
  });
}

/**
 * Removes every assessment and setting from this device (the right to erasure): the whole
 * database goes, and with it everything the app stored.
 */
export async function deleteAllData(): Promise<void> {
  await guarded(async () => {
    await db().delete();
    // An empty database at once, so that screens still open read nothing instead of failing.
    await db().open();
  });
}
