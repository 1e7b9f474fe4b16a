import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { autosave, deleteAllData } from '../../../storage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';

/** Everything the app keeps outside the database: the language, where the user was, and so on. */
function forgetLocalSettings() {
  for (const store of [localStorage, sessionStorage]) {
    for (const key of Object.keys(store)) if (key.startsWith('markkinapaja')) store.removeItem(key);
  }
}

/** The right to erasure: removes every assessment and setting from this device, offline too. */
export function DeleteAllData() {
  const { t } = useTranslation();
  const advice = useStorageAdvice();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const erase = async () => {
    setConfirming(false);
    try {
      await deleteAllData();
      autosave.forgetEverything();
      forgetLocalSettings();
      // A fresh start: no screen keeps showing what was deleted.
      location.assign('/');
    } catch (e) {
      setError(t('backup.deleteFailed', { reason: advice(e) }));
    }
  };
  return (
    <section class="panel danger-zone" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{t('backup.deleteTitle')}</h2>
      <p>{t('backup.deleteIntro')}</p>
      <ErrorMessage message={error} />
      <button type="button" class="button danger-outline" onClick={() => setConfirming(true)}>
        {t('backup.deleteAll')}
      </button>
      <ConfirmDialog
        open={confirming}
        danger
        title={t('backup.deleteConfirmTitle')}
        body={t('backup.deleteConfirmBody')}
        confirmLabel={t('backup.deleteConfirm')}
        cancelLabel={t('backup.cancel')}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
