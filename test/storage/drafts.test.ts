import { afterEach, describe, expect, it } from 'vitest';
import { assessmentField } from '../../src/domain/changes';
import { autosave, createAssessment, getAssessment } from '../../src/storage';

const drafts = () => Object.keys(sessionStorage).filter((k) => k.includes('draft'));

afterEach(() => autosave.forgetEverything());

describe('drafts kept in the tab', () => {
  it('keeps typed text in sessionStorage at once, and drops it once written', async () => {
    const a = await createAssessment({ name: 'Kaarna' });
    autosave.type(assessmentField(a.id, 'notes', 'start'), 'Muistiin');
    expect(drafts()).toHaveLength(1);
    await autosave.flushAll();
    expect(drafts()).toHaveLength(0);
    expect((await getAssessment(a.id))?.notes.start).toBe('Muistiin');
  });

  it('writes back on start what a reload left, and drops drafts of records that are gone', async () => {
    const a = await createAssessment({ name: 'Kaarna' });
    const field = assessmentField(a.id, 'notes', 'start');
    sessionStorage.setItem(
      `markkinapaja:draft:assessment:${a.id}:notes.start`,
      JSON.stringify({
        kind: 'assessment',
        id: a.id,
        path: field.path,
        value: 'Ennen',
        seq: 5,
        at: 1,
      }),
    );
    sessionStorage.setItem(
      'markkinapaja:draft:assessment:gone:notes.start',
      JSON.stringify({
        kind: 'assessment',
        id: 'gone',
        path: field.path,
        value: 'x',
        seq: 6,
        at: 1,
      }),
    );
    await autosave.restoreDrafts();
    expect((await getAssessment(a.id))?.notes.start).toBe('Ennen');
    expect(drafts()).toHaveLength(0);
  });
});
