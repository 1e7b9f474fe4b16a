import { newId, type Assessment } from '../domain/workshop';
import { parseBackup, type Backup, type BackupProblem } from '../domain/backup';
import { db } from './db';
import { guarded } from './connection';
import { summarise } from './summarise';

// Reading and restoring backup files: loaded only with the backup screen, so that the file
// checks (valibot) stay out of the first screen's code.

/** The assessments of some backups that already exist on this device (same id). */
export async function conflictsOf(backups: readonly Backup[]): Promise<Assessment[]> {
  const incoming = backups.flatMap((b) => b.assessments);
  const existing = await guarded(() => db().assessments.bulkGet(incoming.map((a) => a.id)));
  return incoming.filter((_, i) => existing[i] !== undefined);
}

/** What to do with an imported assessment whose id is already on the device. */
export type OnConflict = 'keepBoth' | 'replace';

/**
 * Writes the assessments of validated backups in one transaction: all of them or, if anything
 * fails, none. An assessment already on the device is replaced, or kept beside the imported
 * copy, which then gets a new id and a name made by copyName. Returns how many were written.
 */
export async function importBackups(
  backups: readonly Backup[],
  onConflict: OnConflict,
  copyName: (name: string) => string = (name) => name,
): Promise<number> {
  const incoming = backups.flatMap((b) => b.assessments);
  return guarded(() =>
    db().transaction('rw', db().assessments, db().summaries, async () => {
      const existing = await db().assessments.bulkGet(incoming.map((a) => a.id));
      const seen = new Set<string>();
      const records = incoming.map((a, i) => {
        const clash = existing[i] !== undefined || seen.has(a.id);
        seen.add(a.id);
        if (!clash || onConflict === 'replace') return a;
        // The copy gets its own id, and a name that tells it apart on the home screen.
        return { ...a, id: newId(), business: { ...a.business, name: copyName(a.business.name) } };
      });
      await db().assessments.bulkPut(records);
      await db().summaries.bulkPut(records.map(summarise));
      return records.length;
    }),
  );
}

/** A file the user picked: its name (for messages) and its text. */
export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

/** The outcome of reading several backup files: the valid ones, and why the others were refused. */
export interface ReadFiles {
  readonly valid: readonly Backup[];
  readonly rejected: readonly { readonly name: string; readonly problem: BackupProblem }[];
}

/** Checks every picked file completely; nothing is written. */
export function readBackupFiles(files: readonly PickedFile[]): ReadFiles {
  const valid: Backup[] = [];
  const rejected: { name: string; problem: BackupProblem }[] = [];
  for (const f of files) {
    const result = parseBackup(f.text);
    if (result.ok) valid.push(result.backup);
    else rejected.push({ name: f.name, problem: result.problem });
  }
  return { valid, rejected };
}
