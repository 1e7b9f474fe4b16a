import { useEffect, useState } from 'preact/hooks';

/**
 * The width from which the whole grid fits as a table; below it, one criterion at a time. Paper
 * always gets the table: a printout shows every criterion, not the one picked on screen.
 */
export const WIDE_QUERY = '(min-width: 64rem), print';

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
    // Printing from the browser's menu: the page is laid out for paper right after `beforeprint`,
    // before every browser has told the query's listeners; the render in between must be ready.
    const printing = () => setValue(true);
    update();
    list.addEventListener?.('change', update);
    if (query.includes('print')) {
      window.addEventListener('beforeprint', printing);
      window.addEventListener('afterprint', update);
    }
    return () => {
      list.removeEventListener?.('change', update);
      window.removeEventListener('beforeprint', printing);
      window.removeEventListener('afterprint', update);
    };
  }, [query]);
  return value;
}
