import { followUpProgress } from './follow-up';
import {
  checkpointsInOrder,
  columnAverages,
  groupRows,
  mostWanted,
  type ColumnAverage,
  type GroupCell,
  type GroupInput,
  type PlanProgress,
  type WantedSource,
} from './group';
import { goalSummaries } from './summary';

/**
 * What the group's reports (PDF, spreadsheet, calendar) say, as plain data: built once and drawn
 * by each. Anonymous, it holds no business names and no free text, only codes and figures,
 * so that a funder's report cannot name a business or a person.
 */

export interface GroupReportOptions {
  /** Businesses as codes ("A", "B"…), without people's names and without free texts. */
  readonly anonymous: boolean;
  /** The language's order for names (an Intl locale). */
  readonly locale?: string;
}

/** A goal as written in the workshop's goals step; only in a report that names businesses. */
export interface ReportGoal {
  readonly text: string;
  /** ISO date it is to be reached by, or ''. */
  readonly date: string;
}

/** One business in the group's reports. */
export interface GroupReportRow {
  /** The assessment's id: only for the calendar's stable UIDs, never printed. */
  readonly id: string;
  /** Its letter code in the report's order: A, B, … Z, AA, AB… */
  readonly code: string;
  /** The business's name; null in an anonymous report. */
  readonly name: string | null;
  readonly cells: readonly GroupCell[];
  readonly totalGap: number;
  readonly plan: PlanProgress | null;
  /** ISO date of the next checkpoint (the latest follow-up's, else the workshop's), or ''. */
  readonly checkpoint: string;
  /** How many of the three most important goals were written. */
  readonly goalsSet: number;
  /** The goals reached at the latest follow-up; null without a follow-up. */
  readonly goalsReached: number | null;
  /** The goals' wording; empty in an anonymous report. */
  readonly goals: readonly ReportGoal[];
  /** Who calls the next checkpoint together; '' in an anonymous report. */
  readonly checkpointWho: string;
}

export interface GroupReport {
  readonly anonymous: boolean;
  /** The rows in the report's order: by name, or in an anonymous report by code. */
  readonly rows: readonly GroupReportRow[];
  readonly averages: readonly ColumnAverage[];
  readonly wanted: readonly WantedSource[];
  /** The rows with a checkpoint date, earliest first. */
  readonly checkpoints: readonly GroupReportRow[];
}

/** The letter code of the n:th business (0-based): A…Z, then AA, AB…, like spreadsheet columns. */
export function businessCode(n: number): string {
  let code = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) {
    code = String.fromCharCode(65 + ((i - 1) % 26)) + code;
  }
  return code;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The group's report model from its businesses. Codes follow the records' ids, which say nothing
 * of the businesses, so that the same group gives the same codes from one report to the next
 * while no business joins or leaves.
 */
export function groupReport(
  members: readonly GroupInput[],
  { anonymous, locale }: GroupReportOptions,
): GroupReport {
  // Named, the rows go by name. Anonymous, the codes go by the records' random ids: codes in
  // the names' order would let a reader who knows the group's list tell who is who.
  const names = new Intl.Collator(locale, { sensitivity: 'base' });
  const byId = (x: GroupInput, y: GroupInput) => x.assessment.id.localeCompare(y.assessment.id);
  const sorted = [...members].sort((x, y) =>
    anonymous
      ? byId(x, y)
      : names.compare(x.assessment.business.name, y.assessment.business.name) || byId(x, y),
  );
  const base = groupRows(sorted);
  const rows = sorted.map((m, i): GroupReportRow => {
    const r = base[i];
    const written = goalSummaries(m.assessment).filter((g) => g.filled);
    const f = m.latestFollowUp;
    const who = f ? f.nextCheckpoint.who : m.assessment.checkpoint.who;
    return {
      id: r.id,
      code: businessCode(i),
      name: anonymous ? null : oneLine(r.name),
      cells: r.cells,
      totalGap: r.totalGap,
      plan: r.plan,
      checkpoint: r.checkpoint,
      goalsSet: written.length,
      goalsReached: f ? followUpProgress(f).goals.reached : null,
      goals: anonymous
        ? []
        : written.map((g) => ({
            text: oneLine(g.goal) || oneLine(g.steps.split('\n')[0] ?? ''),
            date: g.date,
          })),
      checkpointWho: anonymous ? '' : oneLine(who),
    };
  });
  const order = checkpointsInOrder(base, locale).map((r) => r.id);
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  return {
    anonymous,
    rows,
    averages: columnAverages(base),
    wanted: mostWanted(base),
    checkpoints: order.flatMap((id) => rowOf.get(id) ?? []),
  };
}
