import { Component, type ComponentChildren } from 'preact';
import { useTranslation } from 'react-i18next';

function Fallback() {
  const { t } = useTranslation();
  return (
    <div class="panel" role="alert">
      <h1>{t('errors.pageFailed')}</h1>
      <p>{t('errors.unknown')}</p>
      <button type="button" class="button primary" onClick={() => location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

/** Shows a translated message instead of a blank page when a screen fails to render. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
