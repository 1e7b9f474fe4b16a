import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../i18n/format';
import { BackupCheckFailed } from '../../../domain/backup/format';
import { exportBackup, flushSaves } from '../../../storage';
import { safeFileName } from '../../../domain/file-name';
import { deliverFile } from '../../components/deliver-file';
import { useStorageAdvice } from '../../components/ErrorMessage';
import { problemText } from './problem-text';

/**
 * Saves a backup file of some assessments (all when ids is missing) with their follow-ups: a
 * download, or the share sheet where the device has one, so that a phone can send it to the
 * facilitator. The file is read back before it is handed over; a file that does not read back
 * is never handed over, and the user is told.
 */
export function SaveBackup({
  ids,
  label,
  name,
  onSaved,
}: {
  ids?: readonly string[];
  label: string;
  name?: string;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const advice = useStorageAdvice();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const canShare = typeof navigator.canShare === 'function';

  const save = async (share: boolean) => {
    const fileName = safeFileName(
      [name ?? 'Markkinapaja', t('backup.fileLabel'), todayIso()],
      'json',
    );
    try {
      await flushSaves();
      const text = await exportBackup(ids);
      const blob = new Blob([text], { type: 'application/json' });
      const file = new File([blob], fileName, { type: 'application/json' });
      if (share && navigator.canShare?.({ files: [file] })) {
        await navigator.share({ files: [file], title: fileName }).catch((e: unknown) => {
          if (!(e instanceof DOMException && e.name === 'AbortError')) throw e;
        });
        setMessage({ text: t('backup.shared'), failed: false });
      } else {
        await deliverFile(blob, fileName);
        setMessage({ text: t('backup.saved', { file: fileName }), failed: false });
      }
      onSaved?.();
    } catch (e) {
      const text =
        e instanceof BackupCheckFailed
          ? t('backup.checkFailed', { reason: problemText(t, fileName, e.problem) })
          : t('backup.saveFailed', { reason: advice(e) });
      setMessage({ text, failed: true });
    }
  };

  return (
    <div class="save-backup">
      <div class="actions">
        <button type="button" class="button" onClick={() => void save(false)}>
          {label}
        </button>
        {canShare && (
          <button type="button" class="button" onClick={() => void save(true)}>
            {t('backup.share')}
          </button>
        )}
      </div>
      <p class={message?.failed ? 'error-message' : 'hint'} role="status">
        {message?.text ?? ''}
      </p>
    </div>
  );
}
