import { describe, expect, it } from 'vitest';
import { OWN_COLUMN, type Assessment } from '../../src/domain/workshop';
import { applyChanges, type Change } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { LIMITS } from '../../src/domain/workshop';
import {
  addCompetitor,
  addCriterion,
  cellAt,
  comparableValued,
  criterionProgress,
  gridColumns,
  gridCompetitors,
  gridCriteria,
  removeCompetitor,
  removeCriterion,
  setCellScore,
  setValuation,
  weakerWhereValued,
} from '../../src/domain/grid';
import { restoreAssessment } from '../../src/domain/workshop';
import { makeAssessment } from '../helpers/factories';

/** Applies changes as storage does: then repairs the result. */
function apply(a: Assessment, changes: readonly Change[]): Assessment {
  const next = restoreAssessment(applyChanges(a, changes));
  if (!next) throw new Error('invalid');
  return next;
}

const base = makeAssessment();
const [products, services, price, quality] = gridCriteria(base);
const [first, second] = gridCompetitors(base);

describe('grid order and columns', () => {
  it('lists the default criteria and competitors in order, own business first', () => {
    expect(gridCriteria(base).map((c) => c.key)).toEqual([
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
    ]);
    expect(gridColumns(base)).toEqual([OWN_COLUMN, first.id, second.id]);
  });

  it('reads an unwritten cell as empty and a score alone as a cell with no note', () => {
    expect(cellAt(base, quality.id, first.id)).toEqual({ score: null, note: '' });
    const a = apply(base, [setCellScore(quality.id, first.id, 4)]);
    expect(cellAt(a, quality.id, first.id)).toEqual({ score: 4, note: '' });
    expect(
      cellAt(apply(a, [setCellScore(quality.id, first.id, null)]), quality.id, first.id),
    ).toEqual({ score: null, note: '' });
  });
});

describe('adding', () => {
  it('adds an unnamed competitor at the end, up to the limit', () => {
    const a = apply(base, addCompetitor(base));
    const third = gridCompetitors(a)[2];
    expect(third).toMatchObject({ name: '', position: 2 });
    expect(gridColumns(a)).toEqual([OWN_COLUMN, first.id, second.id, third.id]);

    let full = a;
    while (gridCompetitors(full).length < LIMITS.competitors)
      full = apply(full, addCompetitor(full));
    expect(addCompetitor(full)).toEqual([]);
  });

  it('adds a named criterion of its own at the end, and refuses a blank name', () => {
    expect(addCriterion(base, '   ')).toBeNull();
    const added = addCriterion(base, '  Saavutettavuus ')!;
    const a = apply(base, added.changes);
    expect(gridCriteria(a).at(-1)).toEqual({
      id: added.id,
      key: null,
      name: 'Saavutettavuus',
      position: 12,
      valuation: null,
    });
  });

  it('stops adding criteria at the limit', () => {
    let a = base;
    while (gridCriteria(a).length < LIMITS.criteria) a = apply(a, addCriterion(a, 'Oma')!.changes);
    expect(addCriterion(a, 'Yksi liikaa')).toBeNull();
  });
});

describe('removing and undoing', () => {
  const filled = apply(base, [
    setCellScore(quality.id, first.id, 5),
    setAt(['grid', 'cells', quality.id, first.id, 'note'], 'Tunnettu laadustaan'),
    setCellScore(products.id, first.id, 2),
    setCellScore(quality.id, second.id, 3),
    setAt(['grid', 'competitors', first.id, 'name'], 'Hoiva Oy'),
  ]);

  it('removes a competitor with its column, and the undo puts both back in place', () => {
    const removal = removeCompetitor(filled, first.id);
    const removed = apply(filled, removal.changes);
    expect(gridColumns(removed)).toEqual([OWN_COLUMN, second.id]);
    expect(cellAt(removed, quality.id, first.id)).toEqual({ score: null, note: '' });

    const back = apply(removed, removal.undo);
    expect(gridCompetitors(back).map((c) => [c.name, c.position])).toEqual([
      ['Hoiva Oy', 0],
      ['', 1],
    ]);
    expect(back.grid.cells).toEqual(filled.grid.cells);
  });

  it('removes a criterion with its valuation and cells, and the undo puts them back', () => {
    const a = apply(filled, [setValuation(quality.id, 5)]);
    const removal = removeCriterion(a, quality.id);
    const removed = apply(a, removal.changes);
    expect(gridCriteria(removed)).toHaveLength(11);
    expect(removed.grid.cells[quality.id]).toBeUndefined();

    const back = apply(removed, removal.undo);
    expect(gridCriteria(back).map((c) => c.id)).toEqual(gridCriteria(a).map((c) => c.id));
    expect(back.grid.criteria[quality.id]).toEqual(a.grid.criteria[quality.id]);
    expect(back.grid.cells).toEqual(a.grid.cells);
  });

  it('does nothing for an id that is already gone', () => {
    expect(removeCompetitor(base, 'gone')).toEqual({ changes: [], undo: [] });
    expect(removeCriterion(base, 'gone')).toEqual({ changes: [], undo: [] });
  });
});

describe('criterionProgress', () => {
  it('counts cells with a score or note, and the valuation', () => {
    expect(criterionProgress(base, quality)).toEqual({ done: 0, total: 4 });
    const a = apply(base, [
      setCellScore(quality.id, OWN_COLUMN, 3),
      setAt(['grid', 'cells', quality.id, second.id, 'note'], 'Ei tietoa'),
      setAt(['grid', 'cells', quality.id, first.id, 'note'], '   '),
      setValuation(quality.id, 4),
    ]);
    expect(criterionProgress(a, a.grid.criteria[quality.id])).toEqual({ done: 3, total: 4 });
  });
});

describe('weakerWhereValued', () => {
  it('lists highly valued criteria where a competitor scores higher, most valued first', () => {
    const a = apply(base, [
      // Quality: valued 5, own 3, both competitors ahead.
      setValuation(quality.id, 5),
      setCellScore(quality.id, OWN_COLUMN, 3),
      setCellScore(quality.id, first.id, 4),
      setCellScore(quality.id, second.id, 5),
      // Price: valued 4, own 1, one competitor far ahead.
      setValuation(price.id, 4),
      setCellScore(price.id, OWN_COLUMN, 1),
      setCellScore(price.id, first.id, 4),
      // Services: valued 4, own 2, a smaller gap than price.
      setValuation(services.id, 4),
      setCellScore(services.id, OWN_COLUMN, 2),
      setCellScore(services.id, second.id, 3),
      // Products: competitors ahead, but customers care little.
      setValuation(products.id, 3),
      setCellScore(products.id, OWN_COLUMN, 1),
      setCellScore(products.id, first.id, 5),
    ]);
    const spots = weakerWhereValued(a);
    expect(spots.map((s) => [s.criterion.key, s.valuation, s.own, s.gap])).toEqual([
      ['quality', 5, 3, 2],
      ['priceLevel', 4, 1, 3],
      ['services', 4, 2, 1],
    ]);
    expect(spots[0].ahead.map((x) => [x.competitor.id, x.score])).toEqual([
      [second.id, 5],
      [first.id, 4],
    ]);
    expect(comparableValued(a)).toBe(3);
  });

  it('leaves out criteria that cannot be compared or where the business is level or ahead', () => {
    const a = apply(base, [
      setValuation(quality.id, 5),
      setCellScore(quality.id, first.id, 5),
      setValuation(price.id, 5),
      setCellScore(price.id, OWN_COLUMN, 4),
      setCellScore(price.id, first.id, 4),
      setCellScore(price.id, second.id, 2),
      setCellScore(services.id, OWN_COLUMN, 1),
      setCellScore(services.id, first.id, 5),
    ]);
    expect(weakerWhereValued(a)).toEqual([]);
    // Price can be compared (and the business is level); quality has no own score.
    expect(comparableValued(a)).toBe(1);
    expect(comparableValued(base)).toBe(0);
  });
});
