import { useTranslation } from 'react-i18next';

/** A quick check that is not on this device (a link from elsewhere, or deleted data). */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <div class="screen">
      <h1>{t('quickCheck.notFound')}</h1>
      <a class="button" href="/quick-check">
        {t('quickCheck.back')}
      </a>
    </div>
  );
}
