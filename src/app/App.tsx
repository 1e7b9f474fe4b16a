import type { i18n } from 'i18next';
import { LocationProvider, Route, Router } from 'preact-iso';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HomeScreen } from '../ui/screens/home/HomeScreen';
import { NewAssessmentScreen } from '../ui/screens/new-assessment/NewAssessmentScreen';
import { OverviewScreen } from '../ui/screens/overview/OverviewScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveIndicator } from './SaveIndicator';

function Shell() {
  const { t } = useTranslation();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="app-header">
        <a class="brand" href="/">
          {t('app.name')}
        </a>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={HomeScreen} />
            <Route path="/new" component={NewAssessmentScreen} />
            <Route path="/a/:id" component={OverviewScreen} />
            <Route default component={HomeScreen} />
          </Router>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <SaveIndicator />
        <p>{t('app.privacy')}</p>
      </footer>
    </>
  );
}

/** The app: translations, routing and the shell around every screen. */
export function App({ i18n }: { i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocationProvider>
        <Shell />
      </LocationProvider>
    </I18nextProvider>
  );
}
