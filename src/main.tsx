import { render } from 'preact';
import { App } from './app/App';
import { createI18n } from './i18n';
import { flushOnHide } from './storage';
import './styles.css';

async function start() {
  const i18n = await createI18n();
  flushOnHide();
  const root = document.getElementById('app');
  if (root) render(<App i18n={i18n} />, root);
}

void start();
