import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { acceptUpdate, isUpdateReady, subscribeUpdate } from '../pwa';

/**
 * "A new version is ready": shown only while a new version waits. Nothing changes until the user
 * says so; Update saves the answers first, then reloads into the new version. Later hides the
 * prompt until the next start of the app.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [ready, setReady] = useState(isUpdateReady);
  const [dismissed, setDismissed] = useState(false);
  const [updating, setUpdating] = useState(false);
  useEffect(
    () =>
      subscribeUpdate((r) => {
        setReady(r);
        // A version newer than the one put off earlier asks again.
        if (r) setDismissed(false);
      }),
    [],
  );
  if (!ready || dismissed) return null;

  const update = async () => {
    setUpdating(true);
    try {
      await acceptUpdate();
    } catch {
      // The page stays as it is and usable; the user can try again.
      setUpdating(false);
    }
  };

  return (
    <div class="update-prompt" role="status" aria-live="polite">
      <p class="update-text">
        <strong>{t('pwa.update.message')}</strong> {t('pwa.update.detail')}
      </p>
      <div class="update-actions">
        <button
          type="button"
          class="button primary"
          disabled={updating}
          onClick={() => void update()}
        >
          {updating ? t('pwa.update.applying') : t('pwa.update.apply')}
        </button>
        <button type="button" class="button" disabled={updating} onClick={() => setDismissed(true)}>
          {t('pwa.update.later')}
        </button>
      </div>
    </div>
  );
}
