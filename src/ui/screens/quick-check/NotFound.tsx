import { useTranslation } from 'react-i18next';
import { NotFound as Missing } from '../../components/Missing';

/** A quick check that is not on this device (a link from elsewhere, or deleted data). */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Missing title={t('quickCheck.notFound')} back={t('quickCheck.back')} href="/quick-check" />
  );
}
