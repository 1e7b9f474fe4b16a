import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { getSaveStatus, retryFailedSaves, subscribeSaveStatus, type SaveStatus } from '../storage';

/**
 * Gives the page room below its last lines while the banner floats over the bottom of the
 * screen, so that the step buttons and the field being typed in are never hidden under it.
 */
function useRoomBelow(banner: { current: HTMLElement | null }, shown: boolean) {
  useLayoutEffect(() => {
    const el = banner.current;
    if (!shown || !el) return;
    const { body, documentElement: html } = document;
    const apply = () => {
      const room = `${el.offsetHeight + 16}px`;
      body.style.paddingBottom = room;
      html.style.scrollPaddingBottom = room;
    };
    apply();
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(apply);
    resized?.observe(el);
    return () => {
      resized?.disconnect();
      body.style.paddingBottom = '';
      html.style.scrollPaddingBottom = '';
    };
  }, [banner, shown]);
}

/**
 * A quiet word under the app name that says whether the latest answer is saved; a banner that
 * says what to do when saving failed, with a button that tries again at once. The typed text
 * stays in its field meanwhile, and the app also tries again by itself.
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SaveStatus>(getSaveStatus);
  const [retrying, setRetrying] = useState(false);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => subscribeSaveStatus(setStatus), []);
  useRoomBelow(banner, status.state === 'failed');
  if (status.state === 'failed') {
    const retry = () => {
      if (retrying) return;
      setRetrying(true);
      void retryFailedSaves().finally(() => setRetrying(false));
    };
    return (
      <div class="save-indicator failed" ref={banner}>
        <p role="alert" style={{ margin: '0 0 0.5rem' }}>
          <strong>{t('app.saveFailed')}</strong> {t(`errors.${status.problem}`)}{' '}
          {t('errors.keptOnScreen')}
        </p>
        {/* aria-disabled, not disabled: the button keeps the keyboard focus while it works. */}
        <button type="button" class="button" aria-disabled={retrying} onClick={retry}>
          {retrying ? t('app.saving') : t('errors.retry')}
        </button>
      </div>
    );
  }
  return (
    <p class="save-indicator" role="status" aria-live="polite">
      {status.state === 'saving' ? t('app.saving') : status.state === 'saved' ? t('app.saved') : ''}
    </p>
  );
}
