import { render } from '@testing-library/preact';
import { App } from '../../src/app/App';
import type { Language } from '../../src/i18n';
import { makeI18n } from './i18n';

/** Renders the whole app at a path, in one language, as a user would open it. */
export async function renderApp(
  path = '/',
  lng: Language = 'fi',
  { firstScreenOnly = false } = {},
) {
  history.replaceState(null, '', path);
  const i18n = await makeI18n(lng, { firstScreenOnly });
  const result = render(<App i18n={i18n} />);
  return { ...result, i18n };
}
