import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { BackLink, Section } from '../gdpr/GdprScreen';
import '../gdpr/gdpr.css';

/**
 * Background for the whole workshop: what market orientation is, the paying and the user
 * customer, and why customer and competitor information matter. Static text only.
 */
export function MarketOrientationScreen() {
  const { t } = useTranslation();
  usePageTitle(t('marketOrientation.title'));
  return (
    <article class="screen gdpr">
      <BackLink />
      <h1>{t('marketOrientation.title')}</h1>
      <p class="lead">{t('marketOrientation.lead')}</p>
      <Section id="what" title={t('marketOrientation.what.title')}>
        <p>{t('marketOrientation.what.intro')}</p>
        <ul>
          <li>{t('marketOrientation.what.collect')}</li>
          <li>{t('marketOrientation.what.understand')}</li>
          <li>{t('marketOrientation.what.share')}</li>
          <li>{t('marketOrientation.what.use')}</li>
        </ul>
        <p class="gdpr-key">{t('marketOrientation.what.why')}</p>
      </Section>
      <Section id="customers" title={t('marketOrientation.customers.title')}>
        <p>{t('marketOrientation.customers.two')}</p>
        <p>{t('marketOrientation.customers.both')}</p>
      </Section>
      <Section id="information" title={t('marketOrientation.information.title')}>
        <p>{t('marketOrientation.information.customer')}</p>
        <p>{t('marketOrientation.information.competitor')}</p>
        <p>{t('marketOrientation.information.document')}</p>
      </Section>
      <BackLink />
    </article>
  );
}
