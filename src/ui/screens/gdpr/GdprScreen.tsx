import type { ComponentChildren } from 'preact';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import './gdpr.css';

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section class="gdpr-section" aria-labelledby={`gdpr-${id}`}>
      <h2 id={`gdpr-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** True when the previous history entry is a page of this app, so going back stays in it. */
function cameFromApp(): boolean {
  // The Navigation API lists only this site's own entries; where it is missing, any history will do.
  const nav = (window as { navigation?: { currentEntry?: { index: number } | null } }).navigation;
  if (nav?.currentEntry) return nav.currentEntry.index > 0;
  return window.history.length > 1;
}

/** Back to wherever the reader came from (a step, the start), or home if the page was opened directly. */
export function BackLink() {
  const { t } = useTranslation();
  const onClick = (e: MouseEvent) => {
    if (cameFromApp()) {
      // Keep the router from also following the link to the home page.
      e.preventDefault();
      e.stopPropagation();
      window.history.back();
    }
  };
  return (
    <a class="back-link" href="/" onClick={onClick}>
      {t('gdpr.back')}
    </a>
  );
}

/**
 * Background on data protection for the register step: what GDPR asks of a small care business,
 * in plain words. Static text only; nothing here reads or stores answers.
 */
export function GdprScreen() {
  const { t } = useTranslation();
  usePageTitle(t('gdpr.title'));
  return (
    <article class="screen gdpr">
      <BackLink />
      <h1>{t('gdpr.title')}</h1>
      <p class="lead">{t('gdpr.lead')}</p>
      <p class="gdpr-note" role="note">
        {t('gdpr.notAdvice')}
      </p>
      <Section id="basics" title={t('gdpr.basics.title')}>
        <p>{t('gdpr.basics.applies')}</p>
        <p>{t('gdpr.basics.notBan')}</p>
        <p>{t('gdpr.basics.personal')}</p>
      </Section>
      <Section id="rights" title={t('gdpr.rights.title')}>
        <p>{t('gdpr.rights.intro')}</p>
        <ul>
          <li>{t('gdpr.rights.know')}</li>
          <li>{t('gdpr.rights.correct')}</li>
          <li>{t('gdpr.rights.erase')}</li>
          <li>{t('gdpr.rights.object')}</li>
          <li>{t('gdpr.rights.portability')}</li>
          <li>{t('gdpr.rights.automated')}</li>
        </ul>
        <p class="gdpr-key">{t('gdpr.rights.deadline')}</p>
      </Section>
      <Section id="basis" title={t('gdpr.basis.title')}>
        <p>{t('gdpr.basis.intro')}</p>
        <h3>{t('gdpr.basis.consentTitle')}</h3>
        <p>{t('gdpr.basis.consent')}</p>
        <ul>
          <li>{t('gdpr.basis.consentFree')}</li>
          <li>{t('gdpr.basis.consentSpecific')}</li>
          <li>{t('gdpr.basis.consentInformed')}</li>
          <li>{t('gdpr.basis.consentClear')}</li>
        </ul>
        <p>{t('gdpr.basis.consentWithdraw')}</p>
        <h3>{t('gdpr.basis.interestTitle')}</h3>
        <p>{t('gdpr.basis.interest')}</p>
        <p>{t('gdpr.basis.marketing')}</p>
      </Section>
      <Section id="records" title={t('gdpr.records.title')}>
        <p>{t('gdpr.records.risks')}</p>
        <p>{t('gdpr.records.notice')}</p>
        <p>{t('gdpr.records.accountability')}</p>
      </Section>
      <Section id="quality" title={t('gdpr.quality.title')}>
        <p>{t('gdpr.quality.intro')}</p>
        <ul>
          <li>{t('gdpr.quality.necessary')}</li>
          <li>{t('gdpr.quality.accurate')}</li>
          <li>{t('gdpr.quality.current')}</li>
        </ul>
        <p>{t('gdpr.quality.minimise')}</p>
        <p>{t('gdpr.quality.notForever')}</p>
      </Section>
      <Section id="health" title={t('gdpr.health.title')}>
        <p>{t('gdpr.health.special')}</p>
        <p class="gdpr-key">{t('gdpr.health.care')}</p>
      </Section>
      <Section id="anonymous" title={t('gdpr.anonymous.title')}>
        <p>{t('gdpr.anonymous.text')}</p>
      </Section>
      <Section id="email" title={t('gdpr.email.title')}>
        <p>{t('gdpr.email.text')}</p>
      </Section>
      <Section id="fines" title={t('gdpr.fines.title')}>
        <p>{t('gdpr.fines.text')}</p>
      </Section>
      <BackLink />
    </article>
  );
}
