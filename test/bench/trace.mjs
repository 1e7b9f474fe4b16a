// The main thread's tasks around each save, from a Chromium trace: Playwright's
// browser.startTracing records every task the page's main thread runs, with its length, and the
// page's own performance marks, which delimit the windows.

/** Trace categories: the task events and the page's performance marks. */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * For each window from a `start` mark to the next `end` mark, the longest main-thread task that
 * overlaps it, in ms: a task that began before the key press but ran into it counts whole.
 */
export function longestTasks(traceBuffer, start, end) {
  const parsed = JSON.parse(traceBuffer.toString());
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const starts = events.filter((e) => e.name === start).sort((a, b) => a.ts - b.ts);
  if (starts.length === 0) throw new Error(`The trace holds no "${start}" mark.`);
  // The page's main thread is the one that set the marks.
  const { pid, tid } = starts[0];
  const ends = events
    .filter((e) => e.name === end && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts);
  const tasks = events.filter(
    (e) => e.ph === 'X' && TASK.has(e.name) && e.pid === pid && e.tid === tid,
  );
  return starts.map((s) => {
    const e = ends.find((x) => x.ts > s.ts);
    if (!e) throw new Error(`A "${start}" mark has no "${end}" mark after it.`);
    const inside = tasks.filter((t) => t.ts + t.dur > s.ts && t.ts < e.ts);
    return Math.max(0, ...inside.map((t) => t.dur)) / 1000;
  });
}
