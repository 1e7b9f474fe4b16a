import { render } from 'preact';
import { App } from './app/App';
import { pathToResume } from './app/resume';
import { createI18n } from './i18n';
import { flushOnHide, openEarly } from './storage';
import './styles.css';

async function start() {
  openEarly();
  const i18n = await createI18n();
  flushOnHide();
  const resume = pathToResume(location.pathname);
  if (resume) history.replaceState(null, '', resume);
  const root = document.getElementById('app');
  if (root) render(<App i18n={i18n} />, root);
}

void start();
