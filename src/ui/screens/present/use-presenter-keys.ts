import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface PresenterMoves {
  readonly next: () => void;
  readonly previous: () => void;
  readonly first: () => void;
  readonly last: () => void;
  readonly exit: () => void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

const smooth = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

// Less than this left to scroll is not worth a press of its own.
const SLACK = 16;

/** Scrolls the slide a screenful when it has more in that direction; false when it has not. */
function scrolled(box: HTMLElement | null, direction: 1 | -1): boolean {
  if (!box) return false;
  const more =
    direction > 0
      ? box.scrollHeight - box.scrollTop - box.clientHeight > SLACK
      : box.scrollTop > SLACK;
  if (more) box.scrollBy?.({ top: direction * box.clientHeight * 0.8, behavior: smooth() });
  return more;
}

/**
 * The keys of a keyboard and of a presenter clicker (which sends Page Up/Down or arrows): next,
 * previous, Home, End and Escape. A slide that does not fit scrolls first, then moves on.
 */
export function usePresenterKeys(moves: PresenterMoves, box: RefObject<HTMLElement | null>) {
  const latest = useRef(moves);
  latest.current = moves;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      // Space and Enter on a button or link are that control's own press.
      if (e.key === ' ' && target?.closest('button, a, input, select, textarea')) return;
      const m = latest.current;
      let handled = true;
      if (NEXT.has(e.key) && !e.shiftKey) {
        if (!scrolled(box.current, 1)) m.next();
      } else if (PREVIOUS.has(e.key) || (e.key === ' ' && e.shiftKey)) {
        if (!scrolled(box.current, -1)) m.previous();
      } else if (e.key === 'Home') m.first();
      else if (e.key === 'End') m.last();
      else if (e.key === 'Escape') m.exit();
      else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [box]);
}
