import { describe, expect, it } from 'vitest';
import { createFollowUp, followUpProgress, restoreFollowUp } from '../../src/domain/follow-up';
import { makeAssessment, makeFullAssessment } from '../helpers/factories';

const clone = <T>(x: T): any => JSON.parse(JSON.stringify(x));

describe('a follow-up', () => {
  it('carries over every planned action and goal, and starts the levels from the workshop', () => {
    const a = makeFullAssessment();
    const f = createFollowUp(a, '2027-06-15');
    expect(f.assessmentId).toBe(a.id);
    expect(Object.values(f.actions).map((x) => x.steps)).toEqual([
      'Askel A2\nAskel B2',
      'Askel A3\nAskel B3',
      'Askel A1\nAskel B1',
      'Askel A4\nAskel B4',
    ]);
    expect(f.goals.goal2).toMatchObject({ title: 'Tavoite numero 2', status: null, comment: '' });
    expect(f.customerLevels.meetings).toEqual({ before: 2, target: 3, now: 2 });
    expect(f.nextCheckpoint).toEqual({ date: '', who: 'Maija Mentor' });
  });

  it('counts what moved', () => {
    const f = clone(createFollowUp(makeFullAssessment(), '2027-06-15'));
    f.actions.action1.status = 'done';
    f.actions.action2.status = 'inProgress';
    f.goals.goal1.status = 'done';
    f.customerLevels.conversations.now = 3; // 0 → 3, at target
    f.competitorLevels.blogs.now = 0; // 1 → 0
    const p = followUpProgress(restoreFollowUp(f)!);
    expect(p.actions).toEqual({ total: 4, done: 1, inProgress: 1, notStarted: 0 });
    expect(p.goals).toEqual({ total: 3, reached: 1, inProgress: 0 });
    expect(p.levels.rose).toBe(1);
    expect(p.levels.fell).toBe(1);
  });

  it('is repaired when read back', () => {
    const f = clone(createFollowUp(makeAssessment(), '2027-06-15'));
    f.goals.goal1.status = 'finished';
    f.customerLevels.surveys.now = 7;
    f.nextCheckpoint.date = '2027-02-30';
    const r = restoreFollowUp(f)!;
    expect(r.goals.goal1.status).toBeNull();
    expect(r.customerLevels.surveys.now).toBeNull();
    expect(r.nextCheckpoint.date).toBe('');
    expect(restoreFollowUp({ id: 'x' })).toBeNull();
    const valid = createFollowUp(makeFullAssessment(), '2027-06-15');
    expect(restoreFollowUp(clone(valid))).toEqual(valid);
  });
});
