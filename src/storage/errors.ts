/** Why a storage operation failed, in terms the UI can turn into advice. */
export type StorageProblem = 'quota' | 'unavailable' | 'unknown';

/** A storage failure with the problem recognised; the original error is kept as cause. */
export class StorageError extends Error {
  readonly problem: StorageProblem;

  constructor(problem: StorageProblem, cause: unknown) {
    super(`Storage ${problem}: ${describe(cause)}`, { cause });
    this.name = 'StorageError';
    this.problem = problem;
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

interface ErrorLike {
  readonly name: string;
  readonly message: string;
  readonly code: unknown;
}

/**
 * The error and every error it wraps: Dexie keeps the browser's error as `inner`, an AbortError
 * names the failed request's error as `inner` or `cause`, and a bulk write lists its failures.
 */
function chain(e: unknown, depth = 0): ErrorLike[] {
  if (typeof e !== 'object' || e === null || depth > 4) return [];
  const err = e as Record<string, unknown>;
  const own: ErrorLike = {
    name: String(err.name ?? ''),
    message: String(err.message ?? ''),
    code: err.code,
  };
  const failures = err.failures;
  const nested = [
    err.inner,
    err.cause,
    ...(Array.isArray(failures) ? failures.slice(0, 3) : []),
    ...(failures && typeof failures === 'object' && !Array.isArray(failures)
      ? Object.values(failures).slice(0, 3)
      : []),
  ];
  return [own, ...nested.flatMap((n) => chain(n, depth + 1))];
}

function isQuota({ name, message, code }: ErrorLike): boolean {
  return (
    /QuotaExceeded|NS_ERROR_DOM_QUOTA_REACHED/i.test(name) ||
    // Old WebKit and Firefox give only the legacy numbers (22, Firefox 1014).
    code === 22 ||
    code === 1014 ||
    /quota|NS_ERROR_DOM_QUOTA_REACHED/i.test(message)
  );
}

function isUnavailable({ name, message }: ErrorLike): boolean {
  return (
    // Dexie: no IndexedDB at all (some private modes, old or locked-down browsers).
    /MissingAPIError/.test(name) ||
    // Private windows of Firefox and Safari refuse with these while IndexedDB seems present.
    /InvalidStateError|SecurityError|UnknownError/.test(name) ||
    /indexedDB.*(not|unavailable|missing)/i.test(message)
  );
}

/**
 * Recognises the shapes browsers give quota and "no IndexedDB" failures: QuotaExceededError
 * (also wrapped in an AbortError or a Dexie error), Firefox's NS_ERROR_DOM_QUOTA_REACHED,
 * the legacy codes 22 and 1014, and missing or blocked IndexedDB.
 */
export function classifyStorageError(e: unknown): StorageProblem {
  if (e instanceof StorageError) return e.problem;
  const errors = chain(e);
  // A quota error anywhere in the chain decides: an AbortError is only its consequence.
  if (errors.some(isQuota)) return 'quota';
  if (errors.some(isUnavailable)) return 'unavailable';
  return 'unknown';
}

/**
 * True when the database connection was lost rather than refused: Dexie's DatabaseClosedError,
 * or the browser's InvalidStateError ("The database connection is closing") and Safari's
 * "Connection to Indexed Database server lost" after the app was in the background.
 */
export function isLostConnection(e: unknown): boolean {
  const errors = chain(e instanceof StorageError ? e.cause : e);
  if (errors.some(isQuota)) return false;
  return errors.some(
    ({ name, message }) =>
      name === 'DatabaseClosedError' ||
      name === 'InvalidStateError' ||
      (name === 'UnknownError' && /connection|server lost/i.test(message)),
  );
}

/** Runs a storage operation, rethrowing any failure as a classified StorageError. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw e instanceof StorageError ? e : new StorageError(classifyStorageError(e), e);
  }
}
