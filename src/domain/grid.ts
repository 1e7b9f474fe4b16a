import {
  newId,
  ordered,
  OWN_COLUMN,
  type Assessment,
  type Competitor,
  type Criterion,
  type GridCell,
} from './workshop';
import { assessmentField, removeField, setField, type Change, type FieldRef } from './changes';
import { LIMITS, type Score } from './workshop';

/** A customer valuation at or above this means customers value the criterion highly. */
export const HIGH_VALUATION = 4;

/** What a cell holds before anything is written in it. */
export const EMPTY_CELL: GridCell = { score: null, note: '' };

/** The criteria in the business's order. */
export function gridCriteria(a: Assessment): Criterion[] {
  return ordered(a.grid.criteria);
}

/** The competitors in the business's order. */
export function gridCompetitors(a: Assessment): Competitor[] {
  return ordered(a.grid.competitors);
}

/** The grid's column ids: the business itself first, then each competitor in order. */
export function gridColumns(a: Assessment): string[] {
  return [OWN_COLUMN, ...gridCompetitors(a).map((c) => c.id)];
}

/** One cell; an empty one when nothing has been written in it. */
export function cellAt(a: Assessment, criterionId: string, columnId: string): GridCell {
  return a.grid.cells[criterionId]?.[columnId] ?? EMPTY_CELL;
}

/** The score of one cell of an assessment's grid. */
export function cellScoreField(id: string, criterionId: string, columnId: string) {
  return assessmentField(id, 'grid', 'cells', criterionId, columnId, 'score');
}

/** The note of one cell of an assessment's grid. */
export function cellNoteField(id: string, criterionId: string, columnId: string) {
  return assessmentField(id, 'grid', 'cells', criterionId, columnId, 'note');
}

/** How much customers value a criterion. */
export function valuationField(id: string, criterionId: string): FieldRef<Score | null> {
  return assessmentField(id, 'grid', 'criteria', criterionId, 'valuation');
}

/** The name of a competitor. */
export function competitorNameField(id: string, competitorId: string) {
  return assessmentField(id, 'grid', 'competitors', competitorId, 'name');
}

/** The business's own name for a criterion. */
export function criterionNameField(id: string, criterionId: string) {
  return assessmentField(id, 'grid', 'criteria', criterionId, 'name');
}

/** Sets or clears (null) the score of one cell (of whichever assessment it is applied to). */
export function setCellScore(criterionId: string, columnId: string, score: Score | null): Change {
  return setField(cellScoreField('', criterionId, columnId), score);
}

/** Sets or clears (null) how much customers value a criterion. */
export function setValuation(criterionId: string, valuation: Score | null): Change {
  return setField(valuationField('', criterionId), valuation);
}

const nextPosition = (items: readonly { readonly position: number }[]) =>
  items.length ? items[items.length - 1].position + 1 : 0;

/** Adds an unnamed competitor at the end; no change once the limit is reached. */
export function addCompetitor(a: Assessment): Change[] {
  const all = gridCompetitors(a);
  if (all.length >= LIMITS.competitors) return [];
  const c: Competitor = { id: newId(), name: '', position: nextPosition(all) };
  return [setField(assessmentField(a.id, 'grid', 'competitors', c.id), c)];
}

/**
 * Adds a criterion of the business's own at the end. Null when the name is blank or the
 * grid is full: an unnamed row of its own would have nothing to show.
 */
export function addCriterion(
  a: Assessment,
  name: string,
): { readonly id: string; readonly changes: Change[] } | null {
  const all = gridCriteria(a);
  const trimmed = name.trim().slice(0, LIMITS.shortText);
  if (!trimmed || all.length >= LIMITS.criteria) return null;
  const c: Criterion = {
    id: newId(),
    key: null,
    name: trimmed,
    position: nextPosition(all),
    valuation: null,
  };
  return { id: c.id, changes: [setField(assessmentField(a.id, 'grid', 'criteria', c.id), c)] };
}

/** The changes that remove something, and those that put it back as it was. */
export interface Removal {
  readonly changes: Change[];
  readonly undo: Change[];
}

// Positions are renumbered after a removal, so the item that took this place now holds it;
// half a step earlier puts the returning item back in front of it.
const backInPlace = (position: number) => position - 0.5;

/** Removes a competitor; the undo also brings back what was written in its column. */
export function removeCompetitor(a: Assessment, id: string): Removal {
  const c = a.grid.competitors[id];
  if (!c) return { changes: [], undo: [] };
  const cells = Object.entries(a.grid.cells)
    .filter(([, row]) => row[id])
    .map(([criterionId, row]) =>
      setField(assessmentField(a.id, 'grid', 'cells', criterionId, id), row[id]),
    );
  const field = assessmentField(a.id, 'grid', 'competitors', id);
  return {
    changes: [removeField(field)],
    undo: [setField(field, { ...c, position: backInPlace(c.position) }), ...cells],
  };
}

/** Removes a criterion; the undo also brings back its valuation and cells. */
export function removeCriterion(a: Assessment, id: string): Removal {
  const c = a.grid.criteria[id];
  if (!c) return { changes: [], undo: [] };
  const row = a.grid.cells[id];
  const field = assessmentField(a.id, 'grid', 'criteria', id);
  return {
    changes: [removeField(field)],
    undo: [
      setField(field, { ...c, position: backInPlace(c.position) }),
      ...(row ? [setField(assessmentField(a.id, 'grid', 'cells', id), row)] : []),
    ],
  };
}

const filledCell = (cell: GridCell) => cell.score !== null || cell.note.trim() !== '';

/** How much of one criterion is answered: its cells with a score or note, and its valuation. */
export function criterionProgress(a: Assessment, c: Criterion): { done: number; total: number } {
  const columns = gridColumns(a);
  const cells = columns.filter((col) => filledCell(cellAt(a, c.id, col))).length;
  return { done: cells + (c.valuation !== null ? 1 : 0), total: columns.length + 1 };
}

/** A criterion customers value highly where one or more competitors score above the business. */
export interface WeakSpot {
  readonly criterion: Criterion;
  readonly valuation: Score;
  readonly own: Score;
  /** The competitors scoring higher, highest first. */
  readonly ahead: readonly { readonly competitor: Competitor; readonly score: Score }[];
  /** How far the best competitor is above the business. */
  readonly gap: number;
}

/**
 * Where the business is weaker than a competitor on what customers value highly (valuation
 * 4–5), most valued first, then the widest gap. Criteria without the business's own score
 * cannot be compared and are left out.
 */
export function weakerWhereValued(a: Assessment): WeakSpot[] {
  const competitors = gridCompetitors(a);
  const spots: WeakSpot[] = [];
  for (const criterion of gridCriteria(a)) {
    const valuation = criterion.valuation;
    const own = cellAt(a, criterion.id, OWN_COLUMN).score;
    if (valuation === null || valuation < HIGH_VALUATION || own === null) continue;
    const ahead = competitors
      .map((competitor) => ({ competitor, score: cellAt(a, criterion.id, competitor.id).score }))
      .filter(
        (x): x is { competitor: Competitor; score: Score } => x.score !== null && x.score > own,
      )
      .sort((x, y) => y.score - x.score || x.competitor.position - y.competitor.position);
    if (ahead.length) spots.push({ criterion, valuation, own, ahead, gap: ahead[0].score - own });
  }
  return spots.sort(
    (x, y) =>
      y.valuation - x.valuation || y.gap - x.gap || x.criterion.position - y.criterion.position,
  );
}

/**
 * How many highly valued criteria can be compared at all: the business's own score and at
 * least one competitor's are set. Tells "nothing filled yet" apart from "nowhere behind".
 */
export function comparableValued(a: Assessment): number {
  const competitors = gridCompetitors(a);
  return gridCriteria(a).filter(
    (c) =>
      c.valuation !== null &&
      c.valuation >= HIGH_VALUATION &&
      cellAt(a, c.id, OWN_COLUMN).score !== null &&
      competitors.some((comp) => cellAt(a, c.id, comp.id).score !== null),
  ).length;
}
