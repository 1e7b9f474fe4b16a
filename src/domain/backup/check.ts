import { BackupCheckFailed } from './format';
import { parseBackup, RECORDS, type RecordDefinitions } from './parse';

/** Reads a freshly written backup back with the same reader; throws BackupCheckFailed if it fails. */
export function checkBackup(text: string, records: RecordDefinitions = RECORDS): void {
  const result = parseBackup(text, records);
  if (!result.ok) throw new BackupCheckFailed(result.problem);
}
