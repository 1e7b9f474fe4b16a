import { useEffect } from 'preact/hooks';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "<screen> – Markkinapaja" while the screen is shown. */
export function usePageTitle(screen: string) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = screen ? `${screen} – ${appName}` : appName;
  }, [screen, appName]);
}
