import { subscribeSaveStatus } from './autosave/status';

/** Remembers on this device that the browser has been asked to keep the data. */
const ASKED_KEY = 'markkinapaja.persistAsked';

/** What the browser says about keeping this app's data; null where it does not tell. */
export interface StorageState {
  /** True when the browser has promised not to delete the data when space runs short. */
  readonly persisted: boolean | null;
  /** Bytes this app uses on the device, as the browser estimates them. */
  readonly usage: number | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

function alreadyAsked(): boolean {
  try {
    return localStorage.getItem(ASKED_KEY) !== null;
  } catch {
    return false;
  }
}

function rememberAsked(): void {
  try {
    localStorage.setItem(ASKED_KEY, new Date().toISOString());
  } catch {
    // Without localStorage the browser may be asked again on a later start; that is harmless.
  }
}

/**
 * After the first answer is saved, asks the browser once per device to keep the data
 * (navigator.storage.persist()). Asking earlier would be a prompt without a reason in browsers
 * that show one. Returns the unsubscribe function.
 */
export function askToKeepDataAfterFirstSave(): () => void {
  const storage = storageManager();
  if (!storage?.persist || alreadyAsked()) return () => undefined;
  const unsubscribe = subscribeSaveStatus((status) => {
    if (status.state !== 'saved') return;
    unsubscribe();
    rememberAsked();
    // A refusal changes nothing in how the app works; the Your data screen shows the outcome.
    void storage.persist().catch(() => false);
  });
  return unsubscribe;
}

/** Whether the browser keeps the data and how much space it takes, for the Your data screen. */
export async function readStorageState(): Promise<StorageState> {
  const storage = storageManager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null };
}
