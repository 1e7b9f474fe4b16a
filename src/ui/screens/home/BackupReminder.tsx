import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { needsBackupReminder } from '../../../domain/reminder';
import { readStorageState, useLastBackupAt, type AssessmentSummary } from '../../../storage';

/** A reminder to save a backup when the browser may delete the data and the last one is old. */
export function BackupReminder({ list }: { list: readonly AssessmentSummary[] }) {
  const { t } = useTranslation();
  const last = useLastBackupAt();
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  useEffect(() => {
    void readStorageState().then((s) => setPersisted(s.persisted));
  }, []);
  if (last === undefined || persisted === undefined) return null;
  const oldest = list.reduce<string | null>(
    (min, a) => (min === null || a.createdAt < min ? a.createdAt : min),
    null,
  );
  const remind = needsBackupReminder({
    persisted,
    lastBackupAt: last,
    oldestCreatedAt: oldest,
    now: new Date(),
  });
  if (!remind) return null;
  return (
    <p class="callout reminder">
      {t('backup.reminder')} <a href="/backup">{t('backup.reminderLink')}</a>
    </p>
  );
}
