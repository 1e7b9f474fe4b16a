import { Dexie } from 'dexie';
import { db } from './db';
import { guarded as classified, isLostConnection } from './errors';

/** Counts reopenings, so that operations that failed together reopen the database only once. */
let generation = 0;
let reopening: Promise<void> | null = null;

async function reopenNow(): Promise<void> {
  const database = db();
  // Dexie may still believe a connection is open that the browser has already dropped.
  database.close({ disableAutoOpen: false });
  await database.open();
}

function reconnect(seen: number): Promise<void> {
  if (!reopening && generation === seen) {
    generation += 1;
    reopening = reopenNow().finally(() => {
      reopening = null;
    });
  }
  // Another operation reopened (or is reopening) since this one started: use that connection.
  return reopening ?? Promise.resolve();
}

/**
 * Runs a database operation; if the connection was lost (Safari closes IndexedDB while the app
 * is in the background), reopens the database and runs the operation once more. A second
 * failure, or any other error, is thrown as it is.
 */
export async function withReconnect<T>(op: () => Promise<T>): Promise<T> {
  // Inside an outer transaction, reopening would cut that transaction off: let it fail whole.
  if (Dexie.currentTransaction) return op();
  const seen = generation;
  try {
    return await op();
  } catch (e) {
    if (!isLostConnection(e)) throw e;
    await reconnect(seen);
    return op();
  }
}

/**
 * Runs a storage operation with one reconnect on a lost connection, rethrowing any failure as a
 * classified StorageError: what every repository function should wrap its transaction in.
 */
export function guarded<T>(op: () => Promise<T>): Promise<T> {
  return classified(() => withReconnect(op));
}
