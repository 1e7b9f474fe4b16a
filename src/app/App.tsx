import type { i18n } from 'i18next';
import { useEffect } from 'preact/hooks';
import { lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HomeScreen } from '../ui/screens/home/HomeScreen';
import { NewAssessmentScreen } from '../ui/screens/new-assessment/NewAssessmentScreen';

// Screens load on first use, keeping the first screen light; those of the workshop bring its
// texts with them.
const OverviewScreen = lazy(() =>
  import('../ui/screens/overview/OverviewScreen').then((m) => withAllTexts(m.OverviewScreen)),
);
const StepScreen = lazy(() =>
  import('../ui/screens/steps/StepScreen').then((m) => withAllTexts(m.StepScreen)),
);
const PresentScreen = lazy(() =>
  import('../ui/screens/present/PresentScreen').then((m) => withAllTexts(m.PresentScreen)),
);
const FollowUpScreen = lazy(() =>
  import('../ui/screens/follow-up/FollowUpScreen').then((m) => withAllTexts(m.FollowUpScreen)),
);
const GdprScreen = lazy(() =>
  import('../ui/screens/gdpr/GdprScreen').then((m) => withAllTexts(m.GdprScreen)),
);
const MarketOrientationScreen = lazy(() =>
  import('../ui/screens/market-orientation/MarketOrientationScreen').then((m) =>
    withAllTexts(m.MarketOrientationScreen),
  ),
);
const BackupScreen = lazy(() =>
  import('../ui/screens/backup/BackupScreen').then((m) => m.BackupScreen),
);
const PrivacyNoticeScreen = lazy(() =>
  import('../ui/screens/privacy-notice/PrivacyNoticeScreen').then((m) =>
    withAllTexts(m.PrivacyNoticeScreen),
  ),
);
const AccessibilityScreen = lazy(() =>
  import('../ui/screens/accessibility/AccessibilityScreen').then((m) =>
    withAllTexts(m.AccessibilityScreen),
  ),
);
const QuickCheckScreens = lazy(() =>
  import('../ui/screens/quick-check').then((m) => withAllTexts(m.QuickCheckScreens)),
);
const GroupScreen = lazy(() =>
  import('../ui/screens/group/GroupScreen').then((m) => withAllTexts(m.GroupScreen)),
);
const YourDataScreen = lazy(() =>
  import('../ui/screens/your-data/YourDataScreen').then((m) => m.YourDataScreen),
);
import { ErrorBoundary } from './ErrorBoundary';
import { withAllTexts } from './with-all-texts';
import { LanguageSwitch } from '../ui/components/LanguageSwitch';
import { PRESENTATION, rememberPath } from './resume';
import { SaveIndicator } from './SaveIndicator';
import { UpdatePrompt } from './UpdatePrompt';
import { DatabaseNotice } from './DatabaseNotice';

/** A step shown on a projector: the room sees the step alone, without the site around it. */
const isPresentation = (path: string) => PRESENTATION.test(path);

function Shell() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const presenting = isPresentation(path);
  // The app reopens where the work was, not on the projector's view of it.
  useEffect(() => {
    if (!presenting) rememberPath(path);
  }, [path, presenting]);
  return (
    <>
      {!presenting && (
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
        </>
      )}
      <main id="main" tabIndex={-1} class={presenting ? 'presenting' : undefined}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={HomeScreen} />
            <Route path="/new" component={NewAssessmentScreen} />
            <Route path="/a/:id" component={OverviewScreen} />
            <Route path="/a/:id/follow-up/:followUpId" component={FollowUpScreen} />
            <Route path="/a/:id/privacy-notice" component={PrivacyNoticeScreen} />
            <Route path="/a/:id/present/:step" component={PresentScreen} />
            <Route path="/a/:id/:step" component={StepScreen} />
            <Route path="/gdpr" component={GdprScreen} />
            <Route path="/market-orientation" component={MarketOrientationScreen} />
            <Route path="/your-data" component={YourDataScreen} />
            <Route path="/backup" component={BackupScreen} />
            <Route path="/accessibility" component={AccessibilityScreen} />
            <Route path="/groups/:name" component={GroupScreen} />
            <Route path="/quick-check/:id?/:view?" component={QuickCheckScreens} />
            <Route default component={HomeScreen} />
          </Router>
        </ErrorBoundary>
      </main>
      {!presenting && (
        <footer class="app-footer">
          <p>
            {t('app.privacy')} <a href="/your-data">{t('pwa.yourData.link')}</a>
          </p>
          <p>
            <a href="/accessibility">{t('footer.accessibility')}</a>
          </p>
        </footer>
      )}
      <UpdatePrompt />
      <DatabaseNotice />
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
