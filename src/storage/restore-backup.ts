import { LIMITS, newId, type Assessment } from '../domain/workshop';
import type { FollowUp } from '../domain/follow-up';
import type { QuickCheck } from '../domain/quick-check';
import {
  parseBackup,
  type Backup,
  type BackupProblem,
  type RecordDefinitions,
} from '../domain/backup';
import { db } from './db';
import { guarded } from './connection';
import { summarise } from './summarise';

// Reading and restoring backup files: loaded only with the backup screen.

/** The assessments of some backups that already exist on this device (same id). */
export async function conflictsOf(backups: readonly Backup[]): Promise<Assessment[]> {
  const incoming = backups.flatMap((b) => b.assessments);
  const existing = await guarded(() => db().assessments.bulkGet(incoming.map((a) => a.id)));
  return incoming.filter((_, i) => existing[i] !== undefined);
}

/** What to do with an imported assessment whose id is already on the device. */
export type OnConflict = 'keepBoth' | 'replace';

/**
 * Writes the assessments and follow-ups of validated backups in one transaction: all of them
 * or, if anything fails, none. An assessment already on the device is replaced, or kept beside
 * the imported copy, which then gets a new id and a name made by copyName; its follow-ups are
 * copied with it, with new ids, pointing at the copy, and so are its quick checks. Follow-ups and
 * quick checks on the device that the file does not hold are kept. A non-empty `group` puts every
 * imported assessment in that group. Returns how many assessments were written.
 */
export async function importBackups(
  backups: readonly Backup[],
  onConflict: OnConflict,
  copyName: (name: string) => string = (name) => name,
  group = '',
): Promise<number> {
  const incoming = backups.flatMap((b) => b.assessments);
  const named = group.trim().slice(0, LIMITS.shortText);
  const grouped = (a: Assessment): Assessment => (named === '' ? a : { ...a, group: named });
  return guarded(() =>
    db().transaction(
      'rw',
      [db().assessments, db().summaries, db().followUps, db().quickChecks],
      async () => {
        const existing = await db().assessments.bulkGet(incoming.map((a) => a.id));
        const seen = new Set<string>();
        const records: Assessment[] = [];
        const followUps: FollowUp[] = [];
        const quickChecks: QuickCheck[] = [];
        for (const [b, backup] of backups.entries()) {
          const start = backups.slice(0, b).reduce((n, x) => n + x.assessments.length, 0);
          // Where each assessment of this file went: its own id, or its copy's.
          const movedTo = new Map<string, string>();
          for (const [i, a] of backup.assessments.entries()) {
            const clash = existing[start + i] !== undefined || seen.has(a.id);
            seen.add(a.id);
            if (!clash || onConflict === 'replace') {
              records.push(grouped(a));
              movedTo.set(a.id, a.id);
            } else {
              // The copy gets its own id, and a name that tells it apart on the home screen.
              const copy = {
                ...grouped(a),
                id: newId(),
                business: { ...a.business, name: copyName(a.business.name) },
              };
              records.push(copy);
              movedTo.set(a.id, copy.id);
            }
          }
          for (const f of backup.followUps) {
            const target = movedTo.get(f.assessmentId) ?? f.assessmentId;
            const copied = target !== f.assessmentId;
            followUps.push(copied ? { ...f, id: newId(), assessmentId: target } : f);
          }
          // A quick check follows its workshop to the copy; one of another workshop stays as it is.
          for (const q of backup.quickChecks) {
            const target = movedTo.get(q.assessmentId) ?? q.assessmentId;
            quickChecks.push(
              target !== q.assessmentId ? { ...q, id: newId(), assessmentId: target } : q,
            );
          }
        }
        // Under keep both, a follow-up already on the device stays as it is; the file's is added.
        const present = await db().followUps.bulkGet(followUps.map((f) => f.id));
        const written = followUps.map((f, i) =>
          present[i] !== undefined && onConflict === 'keepBoth' ? { ...f, id: newId() } : f,
        );
        await db().assessments.bulkPut(records);
        await db().summaries.bulkPut(records.map(summarise));
        await db().followUps.bulkPut(written);
        const there = await db().quickChecks.bulkGet(quickChecks.map((q) => q.id));
        await db().quickChecks.bulkPut(
          quickChecks.map((q, i) =>
            there[i] !== undefined && onConflict === 'keepBoth' ? { ...q, id: newId() } : q,
          ),
        );
        return records.length;
      },
    ),
  );
}

/** A file the user picked: its name (for messages) and its text. */
export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

/** A file that can be restored, and whether it lacked parts this version added (left empty). */
export interface AcceptedFile {
  readonly name: string;
  readonly backup: Backup;
  readonly added: readonly string[];
}

/** The verdict on every picked file, by name: the valid ones, and why the others were refused. */
export interface ReadFiles {
  readonly valid: readonly Backup[];
  readonly accepted: readonly AcceptedFile[];
  readonly rejected: readonly { readonly name: string; readonly problem: BackupProblem }[];
}

/**
 * Checks every picked file completely and on its own: one that cannot be read at all gets its
 * own verdict and does not stop the others. Nothing is written.
 */
export function readBackupFiles(
  files: readonly PickedFile[],
  records?: RecordDefinitions,
): ReadFiles {
  const accepted: AcceptedFile[] = [];
  const rejected: { name: string; problem: BackupProblem }[] = [];
  for (const f of files) {
    let result: ReturnType<typeof parseBackup>;
    try {
      result = parseBackup(f.text, records);
    } catch (e) {
      // The reader does not recurse; this is the last guard of "one verdict per file".
      result = { ok: false, problem: { kind: e instanceof RangeError ? 'tooDeep' : 'notBackup' } };
    }
    if (result.ok) accepted.push({ name: f.name, backup: result.backup, added: result.added });
    else rejected.push({ name: f.name, problem: result.problem });
  }
  return { valid: accepted.map((a) => a.backup), accepted, rejected };
}
