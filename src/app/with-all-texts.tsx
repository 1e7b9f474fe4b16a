import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { allTextsLoaded, ensureAllTexts } from '../i18n';

/**
 * A screen of the workshop, shown once the workshop's texts of the current language are loaded
 * (they are not part of the first screen's download). The language switch loads them before it
 * switches; should a language arrive without them, they are loaded and the screen drawn again.
 */
export function withAllTexts<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function WithAllTexts(props: P) {
    const { t, i18n } = useTranslation();
    const lng = i18n.language;
    const ready = allTextsLoaded(i18n, lng);
    const [, setLoads] = useState(0);
    useEffect(() => {
      if (!ready) void ensureAllTexts(i18n, lng).then(() => setLoads((n) => n + 1));
    }, [ready, lng, i18n]);
    return ready ? <Screen {...props} /> : <p aria-busy="true">{t('app.loading')}</p>;
  };
}
