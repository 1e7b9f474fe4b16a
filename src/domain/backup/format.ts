import type { FollowUp } from '../follow-up';
import { restoreFollowUp } from '../follow-up';
import { restoreQuickCheck, type QuickCheck } from '../quick-check';
import type { Assessment } from '../workshop';
import { restoreAssessment } from '../workshop';

/** The name every backup file carries, so that other JSON files are told apart. */
export const BACKUP_FORMAT = 'markkinapaja-backup';
/** The format version this app writes and the newest it reads. */
export const BACKUP_VERSION = 3;
/** The largest file the app will read: far above a facilitator's hundreds of assessments. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** The deepest nesting a file may have: the app's own files stay well under it. */
export const MAX_DEPTH = 32;

/** A backup file's content, as this version of the app reads and writes it. */
export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly appVersion: string;
  /** ISO timestamp of the export. */
  readonly exportedAt: string;
  readonly assessments: readonly Assessment[];
  /** The follow-ups of those assessments (none in a file of format version 1). */
  readonly followUps: readonly FollowUp[];
  /** The quick checks done before (or again after) a workshop (none before format version 3). */
  readonly quickChecks: readonly QuickCheck[];
}

/** Which kind of record a problem is in; absent for an assessment. */
export type RecordKind = 'followUp' | 'quickCheck';

/** Why a file cannot be imported; each has its own translated message. */
export type BackupProblem =
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'tooDeep' }
  | { readonly kind: 'notJson' }
  | { readonly kind: 'notBackup' }
  | { readonly kind: 'newerVersion'; readonly version: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'duplicate'; readonly number: number; readonly record?: RecordKind }
  | { readonly kind: 'forbiddenKey'; readonly key: string }
  | { readonly kind: 'orphanFollowUp'; readonly number: number }
  | {
      readonly kind: 'invalid';
      readonly number: number;
      readonly path: string;
      readonly record?: RecordKind;
      /** The value is one this version does not know (a key or id a newer app may write). */
      readonly unknown?: true;
    };

/** A file that can be imported, and where it lacked parts this version added (given defaults). */
export interface ReadBackup {
  readonly ok: true;
  readonly backup: Backup;
  /** Paths the file did not have and that were filled with their empty value, without repeats. */
  readonly added: readonly string[];
}

export type BackupResult = ReadBackup | { readonly ok: false; readonly problem: BackupProblem };

/** A backup this app wrote that its own reader refuses: it is never handed over. */
export class BackupCheckFailed extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`The backup file does not read back: ${JSON.stringify(problem)}`);
    this.name = 'BackupCheckFailed';
  }
}

const byId = <T extends { readonly id: string }>(x: T, y: T) =>
  x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/**
 * The text of a backup file: stable for the same records (sorted by id, fixed key order from
 * the app's own definitions), so that export → import → export gives the same file.
 */
export function serializeBackup(
  assessments: readonly Assessment[],
  appVersion: string,
  exportedAt: string,
  followUps: readonly FollowUp[] = [],
  quickChecks: readonly QuickCheck[] = [],
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    appVersion,
    exportedAt,
    assessments: assessments.map((a) => restoreAssessment(a) ?? a).sort(byId),
    followUps: followUps.map((f) => restoreFollowUp(f) ?? f).sort(byId),
    quickChecks: quickChecks.map((q) => restoreQuickCheck(q) ?? q).sort(byId),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
