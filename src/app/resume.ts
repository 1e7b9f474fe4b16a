/** Where the last assessment screen is remembered (localStorage). */
export const LAST_PATH = 'markkinapaja.lastPath';
/** Set once per tab (sessionStorage): a launch without it is a fresh one. */
export const SESSION = 'markkinapaja.session';
/** A step shown on a projector: drawn without the site around it, and never reopened. */
export const PRESENTATION = /^\/a\/[^/]+\/present\//;

/** Remembers the assessment screen the user is on, so a new launch can return there. */
export function rememberPath(path: string): void {
  try {
    if (path.startsWith('/a/')) localStorage.setItem(LAST_PATH, path);
    else if (path === '/') localStorage.removeItem(LAST_PATH);
  } catch {
    // Storage may be unavailable (private mode): resuming is a convenience only.
  }
}

/**
 * On a fresh launch (not a reload in the same tab) at the start page, the path to reopen:
 * where the user was working last. Null when there is nothing to resume.
 */
export function pathToResume(current: string): string | null {
  try {
    const fresh = sessionStorage.getItem(SESSION) === null;
    sessionStorage.setItem(SESSION, '1');
    const last = localStorage.getItem(LAST_PATH);
    return fresh && current === '/' && last?.startsWith('/a/') ? last : null;
  } catch {
    return null;
  }
}
