import { serializeBackup } from '../domain/backup/format';
import type { RecordDefinitions } from '../domain/backup/parse';
import { restoreFollowUp } from '../domain/follow-up';
import { restoreQuickCheck } from '../domain/quick-check';
import { restoreAssessment } from '../domain/workshop';
import { db } from './db';
import { guarded } from './connection';
import { rememberBackup } from './settings';

/** The app's version, written into every backup file. */
export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0';

/**
 * The text of a backup file with the given assessments (all when ids is missing), their
 * follow-ups and quick checks (every quick check when ids is missing). The text is read back with the importer's own reader before it is returned
 * (BackupCheckFailed if that fails); only then is the backup remembered as made.
 */
export async function exportBackup(
  ids?: readonly string[],
  now: Date = new Date(),
  records?: RecordDefinitions,
): Promise<string> {
  const text = await guarded(() =>
    db().transaction('r', db().assessments, db().followUps, db().quickChecks, async () => {
      const rows = ids
        ? await db().assessments.bulkGet([...ids])
        : await db().assessments.toArray();
      const assessments = rows.flatMap((raw) => (raw ? (restoreAssessment(raw) ?? []) : []));
      const followUps = (
        await db()
          .followUps.where('assessmentId')
          .anyOf(assessments.map((a) => a.id))
          .toArray()
      ).flatMap((raw) => restoreFollowUp(raw) ?? []);
      // A whole backup holds every quick check; one of some assessments, those of their workshops.
      const quickChecks = (
        ids
          ? await db()
              .quickChecks.where('assessmentId')
              .anyOf(assessments.map((a) => a.id))
              .toArray()
          : await db().quickChecks.toArray()
      ).flatMap((raw) => restoreQuickCheck(raw) ?? []);
      return serializeBackup(assessments, APP_VERSION, now.toISOString(), followUps, quickChecks);
    }),
  );
  // The reader comes with the backup screen's code, not the first screen's.
  const { checkBackup } = await import('../domain/backup/check');
  checkBackup(text, records);
  await rememberBackup(now);
  return text;
}

/**
 * Removes every assessment, follow-up and setting from this device (the right to erasure): the
 * whole database goes, and with it everything the app stored.
 */
export async function deleteAllData(): Promise<void> {
  await guarded(async () => {
    await db().delete();
    // An empty database at once, so that screens still open read nothing instead of failing.
    await db().open();
  });
}
