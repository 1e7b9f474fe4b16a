import type { i18n } from 'i18next';
import { useEffect } from 'preact/hooks';
import { lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HomeScreen } from '../ui/screens/home/HomeScreen';
import { NewAssessmentScreen } from '../ui/screens/new-assessment/NewAssessmentScreen';
import { OverviewScreen } from '../ui/screens/overview/OverviewScreen';

// The workshop steps and the background page load on first use, keeping the first screen light.
const StepScreen = lazy(() => import('../ui/screens/steps/StepScreen').then((m) => m.StepScreen));
const BackupScreen = lazy(() =>
  import('../ui/screens/backup/BackupScreen').then((m) => m.BackupScreen),
);
const GdprScreen = lazy(() => import('../ui/screens/gdpr/GdprScreen').then((m) => m.GdprScreen));
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { rememberPath } from './resume';
import { SaveIndicator } from './SaveIndicator';

function Shell() {
  const { t } = useTranslation();
  const { path } = useLocation();
  useEffect(() => rememberPath(path), [path]);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="app-header">
        <div class="brand-block">
          <a class="brand" href="/">
            {t('app.name')}
          </a>
          <SaveIndicator />
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={HomeScreen} />
            <Route path="/new" component={NewAssessmentScreen} />
            <Route path="/a/:id" component={OverviewScreen} />
            <Route path="/a/:id/:step" component={StepScreen} />
            <Route path="/gdpr" component={GdprScreen} />
            <Route path="/backup" component={BackupScreen} />
            <Route default component={HomeScreen} />
          </Router>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
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
