import { useTranslation } from 'react-i18next';
import './quick-check.css';

/** On the home screen: the quick check, done without starting an assessment. */
export function HomeQuickCheck() {
  const { t } = useTranslation();
  return (
    <a class="button wide qc-home" href="/quick-check">
      {t('quickCheckHome.button')}
    </a>
  );
}
