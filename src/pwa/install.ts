/**
 * The browser's offer to install the app (Chromium's beforeinstallprompt), kept until the user
 * asks for it, and what the platform needs instead where there is no such offer (iOS).
 */

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

type Listener = (canInstall: boolean) => void;

let deferred: InstallPromptEvent | null = null;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((l) => l(deferred !== null));

/** Starts listening for the install offer; call once, early, because it may come at any time. */
export function listenForInstallPrompt(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (e) => {
    // Keep the browser's own mini-infobar away; the app shows its hint where it helps.
    e.preventDefault();
    deferred = e as InstallPromptEvent;
    notify();
  });
  target.addEventListener('appinstalled', () => {
    deferred = null;
    notify();
  });
}

/** True when the browser offers to install the app now. */
export function canInstall(): boolean {
  return deferred !== null;
}

/** Calls the listener when the offer comes or goes; returns the unsubscribe function. */
export function subscribeInstall(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's install dialog; the offer can be used only once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred;
  if (!event) return 'unavailable';
  deferred = null;
  notify();
  await event.prompt();
  return (await event.userChoice).outcome;
}

/** True on an iPhone or iPad (iPadOS presents itself as a Mac with a touch screen). */
export function isIos(nav: Navigator = navigator): boolean {
  return (
    /iPhone|iPad|iPod/.test(nav.userAgent) ||
    (/Macintosh/.test(nav.userAgent) && nav.maxTouchPoints > 1)
  );
}

/** True when the app runs from the home screen or as an installed app, not in a browser tab. */
export function isStandalone(win: Window = window): boolean {
  return (
    (win.navigator as Navigator & { standalone?: boolean }).standalone === true ||
    win.matchMedia?.('(display-mode: standalone)').matches === true
  );
}
