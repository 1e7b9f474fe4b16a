import type { Assessment } from './workshop';
import { restoreAssessment } from './workshop';

/** The name every backup file carries, so that other JSON files are told apart. */
export const BACKUP_FORMAT = 'markkinapaja-backup';
/** The format version this app writes and the newest it reads. */
export const BACKUP_VERSION = 1;
/** The largest file the app will read: far above a facilitator's hundreds of assessments. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** A backup file's content. */
export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly appVersion: string;
  /** ISO timestamp of the export. */
  readonly exportedAt: string;
  readonly assessments: readonly Assessment[];
}

/** Why a file cannot be imported; each has its own translated message. */
export type BackupProblem =
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'notJson' }
  | { readonly kind: 'notBackup' }
  | { readonly kind: 'newerVersion'; readonly version: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'duplicate'; readonly number: number }
  | { readonly kind: 'forbiddenKey'; readonly key: string }
  | { readonly kind: 'invalid'; readonly number: number; readonly path: string };

export type BackupResult =
  | { readonly ok: true; readonly backup: Backup }
  | { readonly ok: false; readonly problem: BackupProblem };

/**
 * The text of a backup file: stable for the same assessments (sorted by id, fixed key order
 * from the app's own records), so that export → import → export gives the same file.
 */
export function serializeBackup(
  assessments: readonly Assessment[],
  appVersion: string,
  exportedAt: string,
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    appVersion,
    exportedAt,
    assessments: [...assessments]
      .map((a) => restoreAssessment(a) ?? a)
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
