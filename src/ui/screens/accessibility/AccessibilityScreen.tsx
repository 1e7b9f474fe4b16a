import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { usePageTitle } from '../../components/use-page-title';
import { publisher, STATEMENT_DATE } from './publisher';
import { Section } from '../gdpr/GdprScreen';
import './accessibility.css';

/**
 * The app's accessibility statement, as the Act on the Provision of Digital Services (306/2019)
 * asks of its publisher: the standard, how it was assessed, what falls short, where to give
 * feedback and who supervises. Linked from every page's footer.
 */
export function AccessibilityScreen() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('accessibility.title'));
  const { name, feedbackEmail } = publisher();
  // The address is a link inside the translated sentence.
  const [before, after = ''] = t('accessibility.feedbackEmail', { email: '\u0000' }).split(
    '\u0000',
  );
  return (
    <article class="screen gdpr accessibility">
      <h1>{t('accessibility.title')}</h1>
      <p class="lead">{t('accessibility.lead')}</p>
      <p>{t('accessibility.publisher', { name: name || t('accessibility.publisherUnset') })}</p>
      <Section id="scope" title={t('accessibility.scopeTitle')}>
        <p>{t('accessibility.scope', { address: window.location.host })}</p>
      </Section>
      <Section id="status" title={t('accessibility.statusTitle')}>
        <p>{t('accessibility.status')}</p>
      </Section>
      <Section id="assessed" title={t('accessibility.assessedTitle')}>
        <p>{t('accessibility.assessed', { date: formatDate(STATEMENT_DATE, i18n.language) })}</p>
        <ul>
          <li>{t('accessibility.assessedAutomatic')}</li>
          <li>{t('accessibility.assessedManual')}</li>
        </ul>
      </Section>
      <Section id="known" title={t('accessibility.knownTitle')}>
        <ul>
          <li>{t('accessibility.knownPdf')}</li>
          <li>{t('accessibility.knownScreenReader')}</li>
          <li>{t('accessibility.knownDate')}</li>
        </ul>
      </Section>
      <Section id="feedback" title={t('accessibility.feedbackTitle')}>
        <p>{t('accessibility.feedback')}</p>
        {feedbackEmail ? (
          <p>
            {before}
            <a href={`mailto:${feedbackEmail}`}>{feedbackEmail}</a>
            {after}
          </p>
        ) : (
          <p class="gdpr-note">{t('accessibility.feedbackUnset')}</p>
        )}
      </Section>
      <Section id="supervisor" title={t('accessibility.supervisorTitle')}>
        <p>{t('accessibility.supervisor')}</p>
      </Section>
    </article>
  );
}
