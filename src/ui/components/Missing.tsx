import { useTranslation } from 'react-i18next';

/** While a record is being read: a line that screen readers hear as busy. */
export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('app.loading')}</p>;
}

/** An assessment that is not on this device (an old link, or deleted data): the way back home. */
export function AssessmentNotFound() {
  const { t } = useTranslation();
  return (
    <div class="screen">
      <h1>{t('overview.notFound')}</h1>
      <a class="button" href="/">
        {t('overview.backHome')}
      </a>
    </div>
  );
}
