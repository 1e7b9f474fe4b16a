import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { allTextsLoaded, ensureAllTexts } from '../i18n';

/**
 * A screen of the workshop, shown once the workshop's texts of the current language are loaded
 * (they are not part of the first screen's download).
 */
export function withAllTexts<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function WithAllTexts(props: P) {
    const { t, i18n } = useTranslation();
    const [ready, setReady] = useState(allTextsLoaded(i18n, i18n.language));
    useEffect(() => {
      if (!ready) void ensureAllTexts(i18n, i18n.language).then(() => setReady(true));
    }, [ready, i18n]);
    return ready ? <Screen {...props} /> : <p aria-busy="true">{t('app.loading')}</p>;
  };
}
