import { render } from 'preact';
import { App } from './app/App';
import { pathToResume } from './app/resume';
import { createI18n } from './i18n';
import { listenForInstallPrompt } from './pwa';
import {
  askToKeepDataAfterFirstSave,
  autosave,
  flushOnHide,
  flushSaves,
  getSaveStatus,
  openEarly,
} from './storage';
import './styles.css';

/**
 * Saves every pending answer before a new version reloads the page. While an answer could not be
 * saved (the banner says why), the update waits: a reload would lose the text still in its field.
 */
async function saveBeforeUpdate(): Promise<void> {
  await flushSaves();
  if (getSaveStatus().state === 'failed') throw new Error('An answer is not saved yet.');
}

async function start() {
  // The install offer can come at any moment after load; catch it before anything else.
  listenForInstallPrompt();
  openEarly();
  // What was typed just before a reload is still in sessionStorage: it shows in its field from
  // the first screen on and is written back now.
  void autosave.restoreDrafts();
  const i18n = await createI18n();
  flushOnHide();
  askToKeepDataAfterFirstSave();
  const resume = pathToResume(location.pathname);
  if (resume) history.replaceState(null, '', resume);
  const root = document.getElementById('app');
  if (root) {
    // The frame drawn from index.html goes in the same task as the app's first render: nothing
    // shows in between.
    root.replaceChildren();
    render(<App i18n={i18n} />, root);
  }
  // The service worker code (with workbox) comes after the first screen, off its critical path.
  // The development server has no worker to register.
  if (import.meta.env.PROD) {
    import('./pwa/register')
      .then((m) => m.registerServiceWorker({ beforeReload: saveBeforeUpdate }))
      // Without a worker the app still works while online; nothing the user could do about it.
      .catch((e: unknown) => console.warn('Service worker not registered', e));
  }
}

void start();
