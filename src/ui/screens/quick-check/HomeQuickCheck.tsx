import './quick-check.css';
import { useTranslation } from 'react-i18next';

/** On the home screen: the quick check, done without starting an assessment. */
export function HomeQuickCheck() {
  const { t } = useTranslation();
  return (
    <div class="qc-home">
      <a class="button wide" href="/quick-check">
        {t('quickCheckHome.button')}
      </a>
      <p class="hint">{t('quickCheckHome.hint')}</p>
    </div>
  );
}
