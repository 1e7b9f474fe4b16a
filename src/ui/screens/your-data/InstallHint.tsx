import { useSyncExternalStore } from 'preact/compat';
import { useTranslation } from 'react-i18next';
import { canInstall, isIos, isStandalone, promptInstall, subscribeInstall } from '../../../pwa';

const subscribe = (changed: () => void) => subscribeInstall(changed);

/**
 * How to install the app on this device: the browser's own install dialog where it offers one,
 * the Share → Add to Home Screen steps on iPhone and iPad. Nothing where neither applies.
 */
export function InstallHint({ showInstalled = false }: { showInstalled?: boolean }) {
  const { t } = useTranslation();
  // Read from the store itself, so that an offer that comes or goes while the hint is being
  // drawn is never missed (a subscription in an effect would start only after the paint).
  const offered = useSyncExternalStore(subscribe, canInstall);

  if (isStandalone()) {
    return showInstalled ? <p class="install-hint">{t('pwa.install.installed')}</p> : null;
  }
  const ios = isIos();
  if (!offered && !ios) return null;
  return (
    <section class="install-hint panel" aria-labelledby="install-hint-title">
      <h2 id="install-hint-title">{t('pwa.install.title')}</h2>
      <p>{t('pwa.install.intro')}</p>
      {offered ? (
        <button type="button" class="button primary" onClick={() => void promptInstall()}>
          {t('pwa.install.button')}
        </button>
      ) : (
        <p>{t('pwa.install.ios')}</p>
      )}
    </section>
  );
}
