import { describe, expect, it } from 'vitest';
import { ordered, OWN_COLUMN } from '../../src/domain/workshop';
import { LIMITS } from '../../src/domain/workshop';
import { isoDate, restoreAssessment } from '../../src/domain/workshop';
import { makeAssessment } from '../helpers/factories';

const clone = <T>(x: T): any => JSON.parse(JSON.stringify(x));

describe('restoreAssessment', () => {
  it('returns a valid record unchanged', () => {
    const a = makeAssessment();
    expect(restoreAssessment(clone(a))).toEqual(a);
  });

  it('gives up only when there is no usable id', () => {
    expect(restoreAssessment(null)).toBeNull();
    expect(restoreAssessment('text')).toBeNull();
    expect(restoreAssessment({ business: { name: 'X' } })).toBeNull();
    expect(restoreAssessment({ id: 'has.dot' })).toBeNull();
    expect(restoreAssessment({ id: '__proto__' })).toBeNull();
  });

  it('fills every default into a bare record', () => {
    const a = restoreAssessment({ id: 'abc' }, new Date('2026-01-01T00:00:00Z'))!;
    expect(a.business.name).toBe('');
    expect(a.business.perspective).toBe('both');
    expect(Object.keys(a.customerSources)).toHaveLength(11);
    expect(Object.keys(a.competitorSources)).toHaveLength(13);
    expect(a.goals.goal2.goal).toBe('');
    expect(a.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('drops unknown ids and invalid values', () => {
    const raw = clone(makeAssessment());
    raw.customerSources.tarot = { level: 3, target: 3 };
    raw.customerSources.surveys = { level: 7, target: '2', important: 'yes' };
    raw.keyQuestions.who.canAnswer = 'maybe';
    raw.register.exists = true;
    raw.business.perspective = 'nobody';
    raw.business.workshopDate = '2026-02-30';
    raw.lastStep = 'nowhere';
    raw.customerPlan = {
      good: { sourceId: 'surveys', steps: 'Do it', position: 1 },
      'bad.id': { steps: 'x' },
      __proto__bad: 5,
      ghost: { steps: 'a late edit of a removed row' },
      other: { sourceId: 'blogs', steps: 'competitor source in customer plan', position: 0 },
    };
    const a = restoreAssessment(raw)!;
    expect('tarot' in a.customerSources).toBe(false);
    expect(a.customerSources.surveys).toEqual({ level: null, target: null, important: false });
    expect(a.keyQuestions.who.canAnswer).toBeNull();
    expect(a.register.exists).toBeNull();
    expect(a.business.perspective).toBe('both');
    expect(a.business.workshopDate).toBe('');
    expect(a.lastStep).toBe('start');
    expect(ordered(a.customerPlan).map((r) => [r.id, r.sourceId, r.position])).toEqual([
      ['other', null, 0],
      ['good', 'surveys', 1],
    ]);
  });

  it('does not bring back a row that a late field edit points at', () => {
    const a = makeAssessment();
    const raw = clone(a);
    raw.grid.competitors.removed = { name: 'late rename' };
    expect(restoreAssessment(raw)!.grid.competitors).toEqual(a.grid.competitors);
  });

  it('cuts text to its limit and collections to their size', () => {
    const raw = clone(makeAssessment());
    raw.business.name = 'x'.repeat(10_000);
    raw.competitorQuestions.learn = 'y'.repeat(LIMITS.longText + 50);
    raw.grid.competitors = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`c${i}`, { name: `C${i}`, position: i }]),
    );
    const a = restoreAssessment(raw)!;
    expect(a.business.name).toHaveLength(LIMITS.shortText);
    expect(a.competitorQuestions.learn).toHaveLength(LIMITS.longText);
    expect(Object.keys(a.grid.competitors)).toHaveLength(LIMITS.competitors);
  });

  it('drops grid cells of removed competitors and criteria, and bad scores', () => {
    const base = makeAssessment();
    const raw = clone(base);
    const [first, second] = ordered(base.grid.criteria);
    const competitor = ordered(base.grid.competitors)[0];
    raw.grid.cells = {
      [first.id]: {
        [OWN_COLUMN]: { score: 5, note: 'Vahva' },
        [competitor.id]: { score: 9, note: 'n' },
        gone: { score: 2, note: '' },
      },
      removedCriterion: { [OWN_COLUMN]: { score: 1, note: '' } },
      [second.id]: 'broken',
    };
    const a = restoreAssessment(raw)!;
    expect(a.grid.cells).toEqual({
      [first.id]: {
        [OWN_COLUMN]: { score: 5, note: 'Vahva' },
        [competitor.id]: { score: null, note: 'n' },
      },
    });
  });
});

describe('isoDate', () => {
  it('accepts only real calendar dates', () => {
    expect(isoDate('2028-02-29')).toBe('2028-02-29');
    expect(isoDate('2027-02-29')).toBe('');
    expect(isoDate('29.2.2028')).toBe('');
    expect(isoDate(20280229)).toBe('');
  });
});
