import { db } from './db';
import { guarded } from './connection';

const LAST_BACKUP = 'lastBackupAt';

/** Remembers when a backup file was made on this device. */
export async function rememberBackup(at: Date): Promise<void> {
  await guarded(() => db().settings.put({ key: LAST_BACKUP, value: at.toISOString() }));
}

/** When the last backup file was made on this device, or null if never. */
export async function lastBackupAt(): Promise<string | null> {
  const row = await guarded(() => db().settings.get(LAST_BACKUP));
  return typeof row?.value === 'string' ? row.value : null;
}
