import { describe, expect, it } from 'vitest';
import { putPlanRow, setGoal, setRating } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { newId } from '../../src/domain/workshop';
import {
  createAssessment,
  createFollowUp,
  deleteAssessment,
  deleteFollowUp,
  getAssessment,
  getFollowUp,
  listFollowUps,
  reinstateAssessment,
  updateAssessment,
  updateFollowUp,
} from '../../src/storage';
import { db } from '../../src/storage/db';

async function workshop() {
  const a = await createAssessment({
    name: 'Kotihoito Kaarna',
    perspective: 'paying',
    workshopDate: '2026-11-20',
  });
  await updateAssessment(a.id, [
    setRating('customer', 'surveys', 'level', 1),
    setRating('customer', 'surveys', 'target', 3),
    putPlanRow('customer', {
      id: newId(),
      sourceId: 'surveys',
      steps: 'Kysely asiakkaille',
      date: '2027-01-31',
      scheduleNote: '',
      responsible: 'Aino',
      position: 0,
    }),
    setGoal('goal1', 'goal', 'Lisää asiakaspalautetta'),
  ]);
  return a.id;
}

/** The stored record exactly as IndexedDB holds it, to compare byte for byte. */
const stored = async (id: string) => JSON.stringify(await db().assessments.get(id));

describe('the follow-up repository', () => {
  it('starts a follow-up from the plan, and edits it field by field', async () => {
    const id = await workshop();
    const before = await stored(id);
    const f = await createFollowUp(id, '2027-02-01');
    expect(f.date).toBe('2027-02-01');
    const [actionId] = Object.keys(f.actions);
    expect(f.actions[actionId]).toMatchObject({ steps: 'Kysely asiakkaille', status: null });

    await updateFollowUp(f.id, [setAt(['actions', actionId, 'status'], 'done')]);
    await updateFollowUp(f.id, [setAt(['actions', actionId, 'comment'], 'Tehty')]);
    await updateFollowUp(f.id, [setAt(['customerLevels', 'surveys', 'now'], 3)]);
    await updateFollowUp(f.id, [setAt(['goals', 'goal1', 'status'], 'inProgress')]);
    // A change cannot move the follow-up to another assessment.
    await updateFollowUp(f.id, [setAt(['assessmentId'], 'other')]);
    const read = await getFollowUp(f.id);
    expect(read?.actions[actionId]).toMatchObject({ status: 'done', comment: 'Tehty' });
    expect(read?.customerLevels.surveys).toEqual({ before: 1, target: 3, now: 3 });
    expect(read?.goals.goal1.status).toBe('inProgress');
    expect(read?.assessmentId).toBe(id);

    // The workshop record is never written by follow-up code.
    expect(await stored(id)).toBe(before);
  });

  it('lists the follow-ups of one assessment, newest first', async () => {
    const id = await workshop();
    const other = await workshop();
    const first = await createFollowUp(id, '2027-02-01');
    const second = await createFollowUp(id, '2027-06-01');
    await createFollowUp(other, '2027-03-01');
    expect((await listFollowUps(id)).map((f) => f.id)).toEqual([second.id, first.id]);
    await deleteFollowUp(second.id);
    expect((await listFollowUps(id)).map((f) => f.id)).toEqual([first.id]);
    expect(await getAssessment(id)).toBeDefined();
  });

  it('refuses a follow-up of an assessment that does not exist', async () => {
    await expect(createFollowUp('nope')).rejects.toThrow();
    await expect(updateFollowUp('nope', [setAt(['notes'], 'x')])).rejects.toThrow();
  });

  it('deletes the follow-ups with their assessment, and the undo brings them back', async () => {
    const id = await workshop();
    const f = await createFollowUp(id, '2027-02-01');
    await updateFollowUp(f.id, [setAt(['notes'], 'Hyvä alku')]);
    const removed = await deleteAssessment(id);
    expect(await db().followUps.count()).toBe(0);
    expect(removed?.followUps.map((x) => x.notes)).toEqual(['Hyvä alku']);
    await reinstateAssessment(removed!.assessment, removed!.followUps);
    expect((await listFollowUps(id)).map((x) => x.notes)).toEqual(['Hyvä alku']);
    expect(await getAssessment(id)).toEqual(removed!.assessment);
  });
});
