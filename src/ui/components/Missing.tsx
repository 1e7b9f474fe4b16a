import { useTranslation } from 'react-i18next';

/** While a record is being read: a line that screen readers hear as busy. */
export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('app.loading')}</p>;
}

/** A record that is not on this device (an old link, or deleted data), and the way back. */
export function NotFound({ title, back, href }: { title: string; back: string; href: string }) {
  return (
    <div class="screen">
      <h1>{title}</h1>
      <a class="button" href={href}>
        {back}
      </a>
    </div>
  );
}

/** An assessment that is not on this device: the way back home. */
export function AssessmentNotFound() {
  const { t } = useTranslation();
  return <NotFound title={t('overview.notFound')} back={t('overview.backHome')} href="/" />;
}
