import { describe, expect, it } from 'vitest';
import type { PlanRow } from '../../src/domain/workshop';
import { putPlanRow, setGoal, setRating, type Change } from '../../src/domain/changes';
import type { Part } from '../../src/domain/workshop';
import { allActions, goalSummaries, levelChart } from '../../src/domain/summary';
import { makeAssessment } from '../helpers/factories';

/** A plan row change with only the fields a test cares about. */
function row(part: Part, id: string, fields: Partial<PlanRow>): Change {
  return putPlanRow(part, {
    id,
    sourceId: null,
    steps: '',
    date: '',
    scheduleNote: '',
    responsible: '',
    position: 0,
    ...fields,
  });
}

describe('allActions', () => {
  it('merges both plans by date, undated last, each with its part', () => {
    const a = makeAssessment({}, [
      row('customer', 'c1', { sourceId: 'surveys', steps: 'Kysely', date: '2027-03-01' }),
      row('customer', 'c2', { steps: 'Ei päivää', position: 1 }),
      row('competitor', 'k1', { sourceId: 'websites', date: '2027-01-15', responsible: 'Aino' }),
      row('competitor', 'k2', { steps: 'Messut', scheduleNote: 'keväällä', position: 1 }),
    ]);
    const actions = allActions(a);
    expect(actions.map((x) => x.id)).toEqual(['k1', 'c1', 'c2', 'k2']);
    expect(actions[0]).toMatchObject({ part: 'competitor', sourceId: 'websites' });
    expect(actions[0].responsible).toBe('Aino');
    expect(actions[1].part).toBe('customer');
  });

  it('orders actions on the same day by part, then by the team order', () => {
    const day = '2027-02-02';
    const a = makeAssessment({}, [
      row('competitor', 'k1', { steps: 'B', date: day, position: 0 }),
      row('customer', 'c2', { steps: 'A2', date: day, position: 5 }),
      row('customer', 'c1', { steps: 'A1', date: day, position: 2 }),
    ]);
    expect(allActions(a).map((x) => x.id)).toEqual(['c1', 'c2', 'k1']);
  });

  it('leaves out rows nothing was written in', () => {
    const a = makeAssessment({}, [
      row('customer', 'blank', {}),
      row('customer', 'source', { sourceId: 'meetings', position: 1 }),
    ]);
    expect(allActions(a).map((x) => x.id)).toEqual(['source']);
  });

  it('is empty for a new assessment', () => {
    expect(allActions(makeAssessment())).toEqual([]);
  });
});

describe('levelChart', () => {
  it('gives every source of both parts in the workshop order', () => {
    const chart = levelChart(makeAssessment());
    expect(chart.map((g) => g.part)).toEqual(['customer', 'competitor']);
    expect(chart[0].rows).toHaveLength(11);
    expect(chart[1].rows).toHaveLength(13);
    expect(chart[0].rows[0]).toEqual({
      id: 'conversations',
      level: null,
      target: null,
      gap: 0,
      important: false,
    });
    expect(chart[0].rated).toBe(0);
  });

  it('carries level, target, gap and importance, and counts rated sources and gaps', () => {
    const a = makeAssessment({}, [
      setRating('customer', 'surveys', 'level', 1),
      setRating('customer', 'surveys', 'target', 3),
      setRating('customer', 'surveys', 'important', true),
      setRating('competitor', 'statistics', 'level', 2),
      setRating('competitor', 'statistics', 'target', 1),
      setRating('competitor', 'webSearch', 'target', 2),
    ]);
    const [customer, competitor] = levelChart(a);
    expect(customer.rows.find((r) => r.id === 'surveys')).toEqual({
      id: 'surveys',
      level: 1,
      target: 3,
      gap: 2,
      important: true,
    });
    expect(customer).toMatchObject({ rated: 1, withGap: 1 });
    expect(competitor.rows.find((r) => r.id === 'statistics')?.gap).toBe(0);
    expect(competitor.rows.find((r) => r.id === 'webSearch')).toMatchObject({
      level: null,
      target: 2,
      gap: 0,
    });
    expect(competitor).toMatchObject({ rated: 1, withGap: 0 });
  });
});

describe('goalSummaries', () => {
  it('lists the three goals in order and tells which have content', () => {
    const a = makeAssessment({}, [
      setGoal('goal2', 'goal', 'Yhteistyö kilpailijan kanssa'),
      setGoal('goal2', 'responsible', 'Pekka'),
      setGoal('goal3', 'date', '2027-05-31'),
    ]);
    const goals = goalSummaries(a);
    expect(goals.map((g) => [g.id, g.filled])).toEqual([
      ['goal1', false],
      ['goal2', true],
      ['goal3', true],
    ]);
    expect(goals[1]).toMatchObject({ goal: 'Yhteistyö kilpailijan kanssa', responsible: 'Pekka' });
  });
});
