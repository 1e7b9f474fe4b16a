import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { canInstall, isIos, isStandalone, promptInstall, subscribeInstall } from '../../../pwa';

/**
 * How to install the app on this device: the browser's own install dialog where it offers one,
 * the Share → Add to Home Screen steps on iPhone and iPad. Nothing where neither applies.
 */
export function InstallHint({ showInstalled = false }: { showInstalled?: boolean }) {
  const { t } = useTranslation();
  const [offered, setOffered] = useState(canInstall);
  useEffect(() => subscribeInstall(setOffered), []);

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
