import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { getSaveStatus, subscribeSaveStatus, type SaveStatus } from '../storage';

/**
 * A quiet word under the app name that says whether the latest answer is saved; a banner that
 * says what to do when saving failed (the typed text stays in its field meanwhile).
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SaveStatus>(getSaveStatus);
  useEffect(() => subscribeSaveStatus(setStatus), []);
  if (status.state === 'failed') {
    return (
      <p class="save-indicator failed" role="alert">
        <strong>{t('app.saveFailed')}</strong> {t(`errors.${status.problem}`)}
      </p>
    );
  }
  return (
    <p class="save-indicator" role="status" aria-live="polite">
      {status.state === 'saving' ? t('app.saving') : status.state === 'saved' ? t('app.saved') : ''}
    </p>
  );
}
