/** Things that happen to the database that the user must act on. */
export type DatabaseEvent = 'blockedByOtherTab' | 'newerVersionElsewhere';

const listeners = new Set<(e: DatabaseEvent) => void>();

/** Tells every listener; the database calls it. */
export function emitDatabaseEvent(e: DatabaseEvent): void {
  listeners.forEach((l) => l(e));
}

/** Calls the listener on every database event; returns the unsubscribe function. */
export function onDatabaseEvent(listener: (e: DatabaseEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
