import type { Assessment, Goal, PlanRow } from './workshop';
import { GOALS, PARTS, type GoalId, type Level, type Part } from './workshop';
import { planRows, ratings } from './scoring';

/**
 * What the closing summary (and the printed plan) shows: derived from the assessment, never
 * stored. Everything here returns ids and values; the screens and the PDF supply the words.
 */

/** A planned action of either part, with the part it came from. */
export interface Action extends PlanRow {
  readonly part: Part;
}

/** One source in the level chart: where it is today, where it should get, and how far that is. */
export interface ChartRow {
  readonly id: string;
  readonly level: Level | null;
  readonly target: Level | null;
  readonly gap: number;
  readonly important: boolean;
}

/** The chart rows of one part, with counts for its heading. */
export interface ChartGroup {
  readonly part: Part;
  readonly rows: readonly ChartRow[];
  /** Sources with a level today. */
  readonly rated: number;
  /** Sources below their target. */
  readonly withGap: number;
}

/** A goal slot with its id, and whether anything was written in it. */
export interface GoalSummary extends Goal {
  readonly id: GoalId;
  readonly filled: boolean;
}

const written = (s: string) => s.trim() !== '';

/** True when a plan row says something: a row added and left blank is not an action. */
export function isPlanned(row: PlanRow): boolean {
  return (
    row.sourceId !== null ||
    written(row.steps) ||
    row.date !== '' ||
    written(row.scheduleNote) ||
    written(row.responsible)
  );
}

/**
 * Both action plans as one timeline: sorted by date, then part (customer first), then the
 * team's own order. Undated actions come last, because nobody can follow them up by a date.
 */
export function allActions(a: Assessment): Action[] {
  const actions = PARTS.flatMap((part) =>
    planRows(a, part)
      .filter(isPlanned)
      .map((row): Action => ({ ...row, part })),
  );
  return actions.sort((x, y) => {
    if (x.date !== y.date) {
      if (x.date === '') return 1;
      if (y.date === '') return -1;
      return x.date < y.date ? -1 : 1;
    }
    if (x.part !== y.part) return PARTS.indexOf(x.part) - PARTS.indexOf(y.part);
    return x.position - y.position;
  });
}

/** Today's and target levels of every source, grouped by part in the workshop's order. */
export function levelChart(a: Assessment): ChartGroup[] {
  return PARTS.map((part) => {
    const rows = ratings(a, part).map((r): ChartRow => ({
      id: r.id,
      level: r.level,
      target: r.target,
      gap: r.gap,
      important: r.important,
    }));
    return {
      part,
      rows,
      rated: rows.filter((r) => r.level !== null).length,
      withGap: rows.filter((r) => r.gap > 0).length,
    };
  });
}

/** The three goal slots in order, each marked filled when any of its fields has text. */
export function goalSummaries(a: Assessment): GoalSummary[] {
  return GOALS.map((id) => {
    const g = a.goals[id];
    const filled =
      written(g.goal) ||
      written(g.steps) ||
      g.date !== '' ||
      written(g.scheduleNote) ||
      written(g.responsible);
    return { id, ...g, filled };
  });
}
