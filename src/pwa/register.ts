import { Workbox } from 'workbox-window';
import { offerUpdate } from './update';

export interface RegisterOptions {
  /** Runs before a new version takes over the page: pending saves are written first. */
  readonly beforeReload: () => Promise<void>;
}

/**
 * Registers the service worker that keeps the whole app offline. A new version never takes over
 * by itself: it waits until the user accepts the prompt, then the page reloads once the new
 * worker controls it. Checks for a new version whenever the app comes back to the foreground,
 * because iOS rarely checks on its own.
 */
export async function registerServiceWorker({ beforeReload }: RegisterOptions): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  let accepted = false;
  // On the first visit the new worker takes the page without any older code to replace.
  let controlled = navigator.serviceWorker.controller !== null;

  const install = async () => {
    await beforeReload();
    accepted = true;
    wb.messageSkipWaiting();
  };
  // Fires for a version that was already waiting at start-up too.
  wb.addEventListener('waiting', () => offerUpdate(install));

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Reload only for the update this page asked for. When the user accepted it in another tab,
    // this page's code is now older than its worker: offer a reload here too, saves first.
    if (accepted) window.location.reload();
    else if (controlled)
      offerUpdate(async () => {
        await beforeReload();
        window.location.reload();
      });
    controlled = true;
  });

  const registration = await wb.register();
  if (!registration) return;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}
