import type { BackupProblem } from './format';
import { parseBackup, RECORDS, type RecordDefinitions } from './parse';

export * from './format';
export { parseBackup, RECORDS, type RecordDefinitions } from './parse';
export { LADDER, backupFileSchema } from './versions';

/** A backup this app wrote that its own reader refuses: it is never handed over. */
export class BackupCheckFailed extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`The backup file does not read back: ${JSON.stringify(problem)}`);
    this.name = 'BackupCheckFailed';
  }
}

/** Reads a freshly written backup back with the same reader; throws BackupCheckFailed if it fails. */
export function checkBackup(text: string, records: RecordDefinitions = RECORDS): void {
  const result = parseBackup(text, records);
  if (!result.ok) throw new BackupCheckFailed(result.problem);
}
