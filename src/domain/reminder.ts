/** How old the last backup may be before the app reminds the user to save a new one. */
export const BACKUP_REMINDER_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the user to save a backup: only when the browser has not promised to keep
 * the data, there is work to lose, and the last backup (or, if there was none, the oldest
 * assessment) is more than a week old.
 */
export function needsBackupReminder(input: {
  readonly persisted: boolean | null;
  readonly lastBackupAt: string | null;
  readonly oldestCreatedAt: string | null;
  readonly now: Date;
}): boolean {
  if (input.persisted === true || input.oldestCreatedAt === null) return false;
  const since = Date.parse(input.lastBackupAt ?? input.oldestCreatedAt);
  return Number.isNaN(since) || input.now.getTime() - since > BACKUP_REMINDER_DAYS * DAY;
}
