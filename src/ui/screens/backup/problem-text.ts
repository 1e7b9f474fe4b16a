import type { TFunction } from 'i18next';
import type { BackupProblem } from '../../../domain/backup/format';

/** The translated reason a file was refused, naming the file. */
export function problemText(t: TFunction, file: string, p: BackupProblem): string {
  if ((p.kind === 'invalid' || p.kind === 'duplicate') && p.record === 'quickCheck') {
    const key = p.kind === 'duplicate' ? 'duplicate' : p.unknown ? 'unknown' : 'invalid';
    const path = p.kind === 'invalid' ? p.path : '';
    return t(`quickCheckBackup.${key}`, { file, number: p.number, path });
  }
  switch (p.kind) {
    case 'invalid':
      if (p.unknown) {
        const key = p.record ? 'backup.problems.unknownFollowUp' : 'backup.problems.unknown';
        return t(key, { file, number: p.number, path: p.path });
      }
      return t(p.record ? 'backup.problems.invalidFollowUp' : 'backup.problems.invalid', {
        file,
        number: p.number,
        path: p.path,
      });
    case 'duplicate':
      return t(p.record ? 'backup.problems.duplicateFollowUp' : 'backup.problems.duplicate', {
        file,
        number: p.number,
      });
    case 'orphanFollowUp':
      return t('backup.problems.orphanFollowUp', { file, number: p.number });
    case 'newerVersion':
      return t('backup.problems.newerVersion', { file, version: p.version });
    case 'forbiddenKey':
      return t('backup.problems.forbiddenKey', { file, key: p.key });
    default:
      return t(`backup.problems.${p.kind}`, { file });
  }
}
