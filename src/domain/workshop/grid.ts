import { LIMITS } from '../content';
import {
  choice,
  dict,
  keyed,
  newId,
  object,
  refine,
  text,
  type Item,
  type Keyed,
  type ValueOf,
} from '../fields';
import { defineStep, filled } from './step';

/** Part 2d: the grid's default criteria; a business may rename, add or remove them. */
export const DEFAULT_CRITERIA = [
  'products',
  'services',
  'priceLevel',
  'quality',
  'expertise',
  'reputation',
  'location',
  'marketingCommunication',
  'website',
  'facebookPage',
  'waysOfWorking',
  'customerGroups',
] as const;
export type DefaultCriterionId = (typeof DEFAULT_CRITERIA)[number];

/** Part 2d: grid scores, 1 = very weak … 5 = very strong. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** How many competitors a new grid starts with. */
export const DEFAULT_COMPETITOR_COUNT = 2;

/** The grid column of the business itself; the other columns are competitor ids. */
export const OWN_COLUMN = 'own';

const competitor = { name: text(LIMITS.shortText) };
export type Competitor = Item<typeof competitor>;

const criterion = {
  /** The default criterion this row started from, or null for one the business added. */
  key: choice(DEFAULT_CRITERIA),
  /** The business's own name; '' shows the default criterion's translated name. */
  name: text(LIMITS.shortText),
  /** How much customers value this criterion, 1–5. */
  valuation: choice(SCORES),
};
export type Criterion = Item<typeof criterion>;

const cell = object({ score: choice(SCORES), note: text(LIMITS.longText) });
export type GridCell = ValueOf<typeof cell>;

const shape = object({
  competitors: keyed(LIMITS.competitors, competitor),
  criteria: keyed(LIMITS.criteria, criterion),
  /** cells[criterionId][columnId]; a missing cell is empty. */
  cells: dict(dict(cell)),
});
type GridShape = ValueOf<typeof shape>;

const columnsOf = (g: GridShape) => [OWN_COLUMN, ...Object.keys(g.competitors)];

/** Cells only of criteria and columns that exist, in the grid's order; empty rows left out. */
function fitCells(g: GridShape): GridShape {
  const columns = columnsOf(g);
  const cells: Record<string, Keyed<GridCell>> = {};
  for (const criterionId of Object.keys(g.criteria)) {
    const row = g.cells[criterionId] ?? {};
    const kept = columns.filter((col) => col in row).map((col) => [col, row[col]]);
    if (kept.length > 0) cells[criterionId] = Object.fromEntries(kept);
  }
  return { ...g, cells };
}

const cellsFit = (g: GridShape) => {
  const columns = new Set(columnsOf(g));
  return Object.entries(g.cells).every(
    ([criterionId, row]) =>
      criterionId in g.criteria && Object.keys(row).every((col) => columns.has(col)),
  );
};

const grid = refine(shape, { fix: fitCells, holds: cellsFit });
export type Grid = ValueOf<typeof grid>;

/** Part 2d: the business and its competitors scored on criteria, and what customers value. */
export const gridStep = defineStep({
  id: 'grid',
  part: 'competitor',
  fields: { grid },
  progress: ({ grid: g }) => {
    const columns = columnsOf(g);
    const criteria = Object.values(g.criteria);
    let done = 0;
    for (const c of criteria) {
      if (c.valuation !== null) done += 1;
      for (const col of columns) {
        const x = g.cells[c.id]?.[col];
        if (x && (x.score !== null || filled(x.note))) done += 1;
      }
    }
    return { done, total: criteria.length * (columns.length + 1) };
  },
  create: () => {
    const competitors = Array.from(
      { length: DEFAULT_COMPETITOR_COUNT },
      (_, position): Competitor => ({ id: newId(), position, name: '' }),
    );
    const criteria = DEFAULT_CRITERIA.map((key, position): Criterion => ({
      id: newId(),
      position,
      key,
      name: '',
      valuation: null,
    }));
    return {
      grid: {
        competitors: Object.fromEntries(competitors.map((c) => [c.id, c])),
        criteria: Object.fromEntries(criteria.map((c) => [c.id, c])),
        cells: {},
      },
    };
  },
});
