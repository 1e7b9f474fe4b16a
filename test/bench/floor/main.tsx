// The floor's start-up, in the app's order: storage opening while the texts load, then the
// screen for the path, then the service worker.
import { render } from 'preact';
import { I18nextProvider } from 'react-i18next';
import { db } from './db';
import { Home } from './Home';
import { createTexts } from './texts';

// Only the first screen is in the entry; the other two screens load on their own paths.
async function screenFor(path: string) {
  if (path === '/grid') {
    const { Grid } = await import('./Grid');
    return <Grid />;
  }
  if (path === '/pdf') {
    const { PdfButton } = await import('./PdfButton');
    return <PdfButton />;
  }
  return <Home />;
}

async function start() {
  // The database opens while the texts load, as the app's openEarly().
  const opened = db.open();
  const i18n = await createTexts();
  await opened;
  const screen = await screenFor(location.pathname);
  render(<I18nextProvider i18n={i18n}>{screen}</I18nextProvider>, document.getElementById('app')!);
  // Offline after one visit, as the app; no workbox-window, the plain API is enough here.
  void navigator.serviceWorker?.register('/sw.js');
}

void start();
