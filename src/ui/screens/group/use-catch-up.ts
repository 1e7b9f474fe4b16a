import { useEffect, useRef, useState } from 'preact/hooks';

/** Rows drawn in the first frame: about what a laptop's screen holds (a row is 3 rem tall). */
const FIRST_ROWS = 20;
/** Rows drawn in each later frame. */
const STEP_ROWS = 30;

/**
 * Draws a long table in steps, so that a group of 200 businesses shows its first screen at once
 * and stays responsive: `shown` rows show the current `view`, the rows below keep the view they
 * had (or are not drawn yet) and catch up a few dozen a frame. Returns the view of each row.
 */
export function useCatchUp<V>(count: number, view: V): (row: number) => V | null {
  const [state, setState] = useState<{ view: V; shown: number; before: V | null }>({
    view,
    shown: Math.min(count, FIRST_ROWS),
    before: null,
  });
  // A new view starts again from the top; the rows below keep showing the old one meanwhile.
  let current = state;
  if (state.view !== view) {
    current = { view, shown: Math.min(count, FIRST_ROWS), before: state.view };
    setState(current);
  }
  const frame = useRef(0);
  useEffect(() => {
    if (current.shown >= count) return;
    frame.current = requestAnimationFrame(() =>
      setState((s) => (s.view === current.view ? { ...s, shown: s.shown + STEP_ROWS } : s)),
    );
    return () => cancelAnimationFrame(frame.current);
  }, [current.shown, current.view, count]);
  return (row) => (row < current.shown ? current.view : current.before);
}
