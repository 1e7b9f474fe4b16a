import type { Entry, Layout } from './entries';

/**
 * How much a slide holds, in lines of body text at 1280×720, so the room reads it without
 * scrolling. The estimate is rough on purpose (words differ in width); a slide that still
 * overflows scrolls with the same keys before it moves on.
 */
const LINES_PER_SLIDE = 13.5;
const CHARS_PER_LINE = 72;

const lines = (text: string, width = CHARS_PER_LINE) =>
  text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.trim().length / width)), 0);

/** Answers to long questions read best under their question than beside it. */
export const isStacked = (e: Entry): boolean => e.answers.some((a) => a.label.length > 26);

/** How much of a table's width the names take: more beside two answers than beside six. */
export const nameShare = (answers: number): number => (answers <= 2 ? 0.5 : 0.22);

/** The estimated height of one entry in lines: a table row, or a card with its answers. */
export function entryLines(e: Entry, layout: Layout): number {
  if (layout === 'table') {
    // The name takes about a third of the width; the answers share the rest.
    const share = nameShare(e.answers.length);
    const nameWidth = CHARS_PER_LINE * share;
    const cellWidth = (CHARS_PER_LINE * (1 - share)) / Math.max(1, e.answers.length);
    const cells = e.answers.map((a) => lines(a.value, cellWidth));
    // A mark wraps under the name.
    const name = lines(e.title, nameWidth) + (e.mark ? 1 : 0);
    return Math.max(name, ...cells) + 0.4;
  }
  const title = lines(e.title, CHARS_PER_LINE * 0.85);
  if (isStacked(e)) {
    return e.answers.reduce((n, a) => n + lines(a.label) + lines(a.value), title + 0.75);
  }
  // Label and answer side by side: the label takes under a third of the width.
  const answers = e.answers.reduce(
    (n, a) =>
      n + Math.max(lines(a.label, CHARS_PER_LINE * 0.28), lines(a.value, CHARS_PER_LINE * 0.66)),
    0,
  );
  return title + answers + 0.75;
}

/** The entries split into slides in order, each filled up to what one screen holds. */
export function toSlides(entries: readonly Entry[], layout: Layout): Entry[][] {
  // A table gives a line to its column heads.
  const budget = layout === 'table' ? LINES_PER_SLIDE - 1 : LINES_PER_SLIDE;
  const slides: Entry[][] = [];
  let current: Entry[] = [];
  let used = 0;
  for (const e of entries) {
    const size = entryLines(e, layout);
    if (current.length > 0 && used + size > budget) {
      slides.push(current);
      current = [];
      used = 0;
    }
    current.push(e);
    used += size;
  }
  if (current.length > 0 || slides.length === 0) slides.push(current);
  return slides;
}
