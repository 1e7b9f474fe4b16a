import { describe, expect, it } from 'vitest';
import { createAssessment, ordered, OWN_COLUMN } from '../../src/domain/workshop';
import {
  applyChanges,
  putPlanRow,
  removePlanRow,
  setBusiness,
  setRating,
} from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { CUSTOMER_SOURCES, COMPETITOR_SOURCES, DEFAULT_CRITERIA } from '../../src/domain/workshop';
import { restoreAssessment } from '../../src/domain/workshop';
import { makeAssessment } from '../helpers/factories';

describe('createAssessment', () => {
  it('starts with the business details and every answer unset', () => {
    const a = createAssessment(
      {
        name: '  Terapia Tuuli  ',
        perspective: 'user',
        workshopDate: '2026-12-01',
        participants: [
          { name: ' Liisa ', role: 'Toimitusjohtaja' },
          { name: '   ', role: 'ignored' },
        ],
      },
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(a.business).toEqual({
      name: 'Terapia Tuuli',
      field: '',
      perspective: 'user',
      workshopDate: '2026-12-01',
      facilitator: '',
    });
    expect(ordered(a.participants).map((p) => [p.name, p.role])).toEqual([
      ['Liisa', 'Toimitusjohtaja'],
    ]);
    expect(Object.keys(a.customerSources)).toEqual([...CUSTOMER_SOURCES]);
    expect(Object.keys(a.competitorSources)).toEqual([...COMPETITOR_SOURCES]);
    expect(
      Object.values(a.customerSources).every((r) => r.level === null && r.target === null),
    ).toBe(true);
    expect(a.createdAt).toBe('2026-11-22T10:00:00.000Z');
    expect(a.lastStep).toBe('start');
  });

  it('sets up the grid with two competitors and the twelve default criteria', () => {
    const a = createAssessment({ name: 'X' });
    expect(Object.keys(a.grid.competitors)).toHaveLength(2);
    expect(ordered(a.grid.criteria).map((c) => c.key)).toEqual([...DEFAULT_CRITERIA]);
    expect(a.grid.cells).toEqual({});
  });

  it('gives each assessment its own id', () => {
    expect(createAssessment({ name: 'A' }).id).not.toBe(createAssessment({ name: 'A' }).id);
  });
});

describe('applyChanges', () => {
  it('changes only the named fields and leaves the original untouched', () => {
    const a = makeAssessment();
    const next = restoreAssessment(
      applyChanges(a, [
        setBusiness('name', 'Uusi nimi'),
        setRating('competitor', 'blogs', 'level', 2),
      ]),
    )!;
    expect(next.business.name).toBe('Uusi nimi');
    expect(next.competitorSources.blogs.level).toBe(2);
    expect(next.business.facilitator).toBe(a.business.facilitator);
    expect(a.business.name).toBe('Hoivapalvelu Aurinko Oy');
  });

  it('adds and removes keyed rows', () => {
    const a = makeAssessment();
    const row = {
      id: 'row-1',
      sourceId: 'surveys',
      steps: 'Kysely kevääseen',
      date: '2027-03-01',
      scheduleNote: '',
      responsible: 'Aino',
      position: 0,
    };
    const withRow = restoreAssessment(applyChanges(a, [putPlanRow('customer', row)]))!;
    expect(withRow.customerPlan['row-1']).toEqual(row);
    const without = restoreAssessment(applyChanges(withRow, [removePlanRow('customer', 'row-1')]))!;
    expect(without.customerPlan).toEqual({});
  });

  it('creates grid cells on first edit', () => {
    const a = makeAssessment();
    const criterion = ordered(a.grid.criteria)[0];
    const next = restoreAssessment(
      applyChanges(a, [setAt(['grid', 'cells', criterion.id, OWN_COLUMN, 'score'], 4)]),
    )!;
    expect(next.grid.cells[criterion.id][OWN_COLUMN]).toEqual({ score: 4, note: '' });
  });
});
