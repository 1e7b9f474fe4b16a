import { followUpProgress, levelChecks, type FollowUp } from './follow-up';
import { PARTS, SOURCES, type Assessment, type Level, type Part } from './workshop';
import { ratings } from './scoring';

/** A business of a group as stored: its workshop record and its latest follow-up, if any. */
export interface GroupInput {
  readonly assessment: Assessment;
  readonly latestFollowUp: FollowUp | null;
}

/** One column of the group view: a source of one part. */
export interface GroupColumn {
  readonly part: Part;
  readonly sourceId: string;
}

/** Every source of both parts, in the workshop's order: the group view's columns. */
export const GROUP_COLUMNS: readonly GroupColumn[] = PARTS.flatMap((part) =>
  SOURCES[part].map((sourceId) => ({ part, sourceId })),
);

/** One business's rating of one source: the level now, the target, and whether it matters most. */
export interface GroupCell {
  /** The level now: the latest follow-up's, else the workshop's. */
  readonly level: Level | null;
  /** The level rated in the workshop, for "before → now". */
  readonly before: Level | null;
  readonly target: Level | null;
  readonly important: boolean;
  /** How many levels the target is above the level now (0 when at or above it, or not rated). */
  readonly gap: number;
}

/** How the business's planned actions stand at its latest follow-up. */
export interface PlanProgress {
  readonly done: number;
  readonly inProgress: number;
  /** Not started, or not yet looked at in the follow-up. */
  readonly notStarted: number;
  readonly total: number;
}

/** One row of the group view. */
export interface GroupRow {
  readonly id: string;
  readonly name: string;
  /** One cell per column of GROUP_COLUMNS, in the same order. */
  readonly cells: readonly GroupCell[];
  readonly totalGap: number;
  /** Null when the business has had no follow-up yet. */
  readonly plan: PlanProgress | null;
  /** The next checkpoint agreed (at the latest follow-up, else in the workshop); '' for none. */
  readonly checkpoint: string;
  /** The day of the latest follow-up; '' when there has been none. */
  readonly followUpDate: string;
}

function cellsOf({ assessment: a, latestFollowUp: f }: GroupInput): GroupCell[] {
  return PARTS.flatMap((part) => {
    const now = f ? levelChecks(f, part) : null;
    return ratings(a, part).map((r) => {
      // Since a follow-up, the level now is the one rated there; the target stays the workshop's.
      const level = now ? (now[r.id]?.now ?? null) : r.level;
      const gap = level !== null && r.target !== null && r.target > level ? r.target - level : 0;
      return { level, before: r.level, target: r.target, important: r.important, gap };
    });
  });
}

function planOf(f: FollowUp | null): PlanProgress | null {
  if (!f) return null;
  const { total, done, inProgress } = followUpProgress(f).actions;
  return { done, inProgress, notStarted: total - done - inProgress, total };
}

/** The group view's rows, one per business, in the order given. */
export function groupRows(members: readonly GroupInput[]): GroupRow[] {
  return members.map((m) => {
    const cells = cellsOf(m);
    const f = m.latestFollowUp;
    return {
      id: m.assessment.id,
      name: m.assessment.business.name,
      cells,
      totalGap: cells.reduce((n, c) => n + c.gap, 0),
      plan: planOf(f),
      checkpoint: f?.nextCheckpoint.date || m.assessment.checkpoint.date,
      followUpDate: f?.date ?? '',
    };
  });
}

/** What the group view can be sorted by. */
export const GROUP_SORTS = ['business', 'gap', 'plan'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];
export type SortDirection = 'ascending' | 'descending';

/** The share of planned actions done, 0–1; -1 without a follow-up or a plan, to sort last. */
function planShare(p: PlanProgress | null): number {
  return p && p.total > 0 ? p.done / p.total : -1;
}

/**
 * The rows sorted by business name (in the user's language's order), by total gap or by plan
 * progress; ties fall back to the name, so the order never depends on how the rows came in.
 */
export function sortGroupRows(
  rows: readonly GroupRow[],
  by: GroupSort,
  direction: SortDirection,
  locale?: string,
): GroupRow[] {
  // One collator for the whole sort: localeCompare with a locale builds one at every call.
  const names = new Intl.Collator(locale, { sensitivity: 'base' });
  const byName = (a: GroupRow, b: GroupRow) =>
    names.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const key = (r: GroupRow) => (by === 'gap' ? r.totalGap : planShare(r.plan));
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) =>
    by === 'business' ? sign * byName(a, b) : sign * (key(a) - key(b)) || byName(a, b),
  );
}

/** The average of one column over the businesses that rated it; null where none did. */
export interface ColumnAverage {
  readonly level: number | null;
  readonly target: number | null;
}

const mean = (xs: readonly number[]) =>
  xs.length ? xs.reduce((n, x) => n + x, 0) / xs.length : null;

/** The average level and target per column, over the businesses that rated each. */
export function columnAverages(rows: readonly GroupRow[]): ColumnAverage[] {
  return GROUP_COLUMNS.map((_, i) => ({
    level: mean(rows.flatMap((r) => r.cells[i].level ?? [])),
    target: mean(rows.flatMap((r) => r.cells[i].target ?? [])),
  }));
}

/** A source that businesses of the group want to develop, and how many of them. */
export interface WantedSource extends GroupColumn {
  readonly businesses: number;
}

/**
 * The sources most businesses want to develop (a target above the level now), most wanted
 * first, ties in the workshop's order; at most `limit`, and none that no business wants.
 */
export function mostWanted(rows: readonly GroupRow[], limit = 5): WantedSource[] {
  return GROUP_COLUMNS.map((c, i) => ({
    ...c,
    businesses: rows.filter((r) => r.cells[i].gap > 0).length,
    order: i,
  }))
    .filter((c) => c.businesses > 0)
    .sort((a, b) => b.businesses - a.businesses || a.order - b.order)
    .slice(0, limit)
    .map(({ part, sourceId, businesses }) => ({ part, sourceId, businesses }));
}

/** The businesses with a checkpoint date, earliest first (ties by name). */
export function checkpointsInOrder(rows: readonly GroupRow[], locale?: string): GroupRow[] {
  const names = new Intl.Collator(locale);
  return rows
    .filter((r) => r.checkpoint !== '')
    .sort((a, b) => a.checkpoint.localeCompare(b.checkpoint) || names.compare(a.name, b.name));
}

/**
 * How many levels a source has moved since the workshop (negative when it fell); null without a
 * follow-up or where either rating is missing.
 */
export function movement(row: GroupRow, column: number): number | null {
  const c = row.cells[column];
  return row.followUpDate !== '' && c.level !== null && c.before !== null
    ? c.level - c.before
    : null;
}

/** The average movement of one column, over the businesses followed up that rated it. */
export interface ColumnMovement {
  readonly average: number | null;
  readonly businesses: number;
}

/** The average movement since the workshop per column, for the "before → now" view. */
export function columnMovements(rows: readonly GroupRow[]): ColumnMovement[] {
  return GROUP_COLUMNS.map((_, i) => {
    const moves = rows.flatMap((r) => movement(r, i) ?? []);
    return { average: mean(moves), businesses: moves.length };
  });
}
