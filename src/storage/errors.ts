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

function names(e: unknown, depth = 0): string[] {
  if (typeof e !== 'object' || e === null || depth > 4) return [];
  const err = e as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    inner?: unknown;
    cause?: unknown;
  };
  const own = [err.name, err.message, err.code].map((v) => String(v ?? ''));
  return [...own, ...names(err.inner, depth + 1), ...names(err.cause, depth + 1)];
}

/**
 * Recognises the shapes browsers give quota and "no IndexedDB" failures: QuotaExceededError
 * (also wrapped in an AbortError or a Dexie error), Firefox's NS_ERROR_DOM_QUOTA_REACHED,
 * the legacy code 22, and missing or blocked IndexedDB.
 */
export function classifyStorageError(e: unknown): StorageProblem {
  if (e instanceof StorageError) return e.problem;
  const text = names(e).join(' ');
  if (/QuotaExceeded|NS_ERROR_DOM_QUOTA_REACHED|quota/i.test(text) || /(^|\s)22(\s|$)/.test(text)) {
    return 'quota';
  }
  if (
    /MissingAPIError|indexedDB.*(not|unavailable)|InvalidStateError|SecurityError|UnknownError/i.test(
      text,
    )
  ) {
    return 'unavailable';
  }
  return 'unknown';
}

/** Runs a storage operation, rethrowing any failure as a classified StorageError. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw e instanceof StorageError ? e : new StorageError(classifyStorageError(e), e);
  }
}
