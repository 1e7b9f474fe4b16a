/**
 * Whether a new version of the app waits to take over, and how to take it. The registration
 * (register.ts) offers the update; the prompt in the shell shows it and lets the user accept.
 * Nothing here loads workbox, so the shell can use it before the service worker code arrives.
 */

type Listener = (ready: boolean) => void;

let apply: (() => Promise<void>) | null = null;
const listeners = new Set<Listener>();

/** Offers a waiting version; `install` flushes saves, activates it and reloads the page. */
export function offerUpdate(install: () => Promise<void>): void {
  apply = install;
  listeners.forEach((l) => l(true));
}

/** True while a new version waits for the user's consent. */
export function isUpdateReady(): boolean {
  return apply !== null;
}

/** Calls the listener whenever an update is offered; returns the unsubscribe function. */
export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Takes the waiting version now (the user said yes). */
export async function acceptUpdate(): Promise<void> {
  if (apply) await apply();
}
