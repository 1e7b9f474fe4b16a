import { describe, expect, it } from 'vitest';
import { ordered, OWN_COLUMN } from '../../src/domain/workshop';
import { applyChanges, setBusiness, setGoal, setRating } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { restoreAssessment } from '../../src/domain/workshop';
import { gap, sourceSummary } from '../../src/domain/scoring';
import { overallProgress, stepProgress } from '../../src/domain/workshop';
import { makeAssessment, someRatings } from '../helpers/factories';

describe('gap', () => {
  it('is how many levels the target is above the current level', () => {
    expect(gap({ level: 1, target: 3, important: false })).toBe(2);
    expect(gap({ level: 3, target: 2, important: false })).toBe(0);
    expect(gap({ level: null, target: 3, important: false })).toBe(0);
    expect(gap({ level: 0, target: null, important: false })).toBe(0);
  });
});

describe('sourceSummary', () => {
  it('counts rated sources, gaps and important ones', () => {
    const a = makeAssessment({}, [
      ...someRatings(),
      setRating('customer', 'meetings', 'important', true),
    ]);
    expect(sourceSummary(a, 'customer')).toEqual({ total: 11, rated: 2, withGap: 1, important: 1 });
    expect(sourceSummary(a, 'competitor')).toEqual({
      total: 13,
      rated: 0,
      withGap: 0,
      important: 0,
    });
  });
});

describe('stepProgress', () => {
  it('counts a source as answered when both levels are set', () => {
    const a = makeAssessment({}, [setRating('customer', 'surveys', 'level', 1)]);
    expect(stepProgress(a, 'customerSources')).toEqual({ done: 0, total: 11 });
    const b = makeAssessment({}, someRatings());
    expect(stepProgress(b, 'customerSources')).toEqual({ done: 2, total: 11 });
  });

  it('counts the start step from the business details', () => {
    expect(stepProgress(makeAssessment(), 'start')).toEqual({ done: 5, total: 5 });
    expect(
      stepProgress(makeAssessment({ field: '', facilitator: '', participants: [] }), 'start'),
    ).toEqual({
      done: 2,
      total: 5,
    });
  });

  it('counts the grid per cell and valuation', () => {
    const a = makeAssessment();
    const c = ordered(a.grid.criteria)[0];
    const b = restoreAssessment(
      applyChanges(a, [
        setAt(['grid', 'cells', c.id, OWN_COLUMN, 'note'], 'Laaja valikoima'),
        setAt(['grid', 'criteria', c.id, 'valuation'], 5),
      ]),
    )!;
    // 12 criteria × (own + 2 competitors + valuation)
    expect(stepProgress(b, 'grid')).toEqual({ done: 2, total: 48 });
  });

  it('has nothing to fill in an empty plan', () => {
    expect(stepProgress(makeAssessment(), 'customerPlan')).toEqual({ done: 0, total: 0 });
  });
});

describe('overallProgress', () => {
  it('grows as answers are given', () => {
    const empty = makeAssessment({
      field: '',
      facilitator: '',
      participants: [],
      workshopDate: '',
    });
    const some = makeAssessment({}, [
      ...someRatings(),
      setGoal('goal1', 'goal', 'Asiakasraati'),
      setBusiness('name', 'X'),
    ]);
    expect(overallProgress(empty)).toBeGreaterThan(0);
    expect(overallProgress(some)).toBeGreaterThan(overallProgress(empty));
    expect(overallProgress(some)).toBeLessThan(1);
  });
});
