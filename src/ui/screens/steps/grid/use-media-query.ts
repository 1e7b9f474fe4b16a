import { useEffect, useState } from 'preact/hooks';

/** The width from which the whole grid fits as a table; below it, one criterion at a time. */
export const WIDE_QUERY = '(min-width: 64rem)';

const matches = (query: string) =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query).matches
    : false;

/**
 * Whether a media query matches, following changes (a rotated tablet, a resized window).
 * False where matchMedia is missing, so the phone layout is the safe default.
 */
export function useMediaQuery(query: string): boolean {
  const [value, setValue] = useState(() => matches(query));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const update = () => setValue(list.matches);
    update();
    list.addEventListener?.('change', update);
    return () => list.removeEventListener?.('change', update);
  }, [query]);
  return value;
}
