import { assessmentShape } from '../../src/domain/workshop';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { quickAnswerField } from '../../src/domain/quick-check-answers';
import { restoreAssessment } from '../../src/domain/workshop';
import { autosave, getAssessment, listAssessments } from '../../src/storage';
import {
  createQuickCheck,
  deleteQuickCheck,
  getQuickCheck,
  reinstateQuickCheck,
  listQuickChecks,
  quickChecksOf,
  startWorkshopFrom,
} from '../../src/storage';
import { MarkkinapajaDb, SCHEMA_V3, useDatabase } from '../../src/storage/db';
import { summarise } from '../../src/storage/summarise';
import oldRecords from '../fixtures/v1-assessments.json';

afterEach(() => autosave.forgetEverything());

describe('quick checks on the device', () => {
  it('saves each answer through the autosave and reads it back repaired', async () => {
    const q = await createQuickCheck();
    await autosave.choose(quickAnswerField(q.id, 'register'), 'partly');
    await autosave.choose(quickAnswerField(q.id, 'gdpr'), 'no');
    const read = await getQuickCheck(q.id);
    expect(read?.answers.register).toBe('partly');
    expect(read?.answers.gdpr).toBe('no');
    expect(read?.answers.collectWays).toBeNull();
    expect(read!.updatedAt >= q.updatedAt).toBe(true);
  });

  it('deletes one quick check, leaves the others, and brings it back as it was', async () => {
    const q = await createQuickCheck();
    await autosave.choose(quickAnswerField(q.id, 'register'), 'yes');
    const other = await createQuickCheck();
    const before = await getQuickCheck(q.id);

    const removed = await deleteQuickCheck(q.id);
    expect(removed).toEqual(before);
    expect((await listQuickChecks()).map((x) => x.id)).toEqual([other.id]);
    expect(await deleteQuickCheck('no-such-id')).toBeUndefined();

    await reinstateQuickCheck(removed!);
    expect(await getQuickCheck(q.id)).toEqual(before);
    expect(await listQuickChecks()).toHaveLength(2);
  });

  it('writes back an answer a reload left as a draft', async () => {
    const q = await createQuickCheck();
    const field = quickAnswerField(q.id, 'whyUs');
    sessionStorage.setItem(
      `markkinapaja:draft:quickCheck:${q.id}:${field.path.join('.')}`,
      JSON.stringify({
        kind: 'quickCheck',
        id: q.id,
        path: field.path,
        value: 'yes',
        seq: 3,
        at: 1,
      }),
    );
    await autosave.restoreDrafts();
    expect((await getQuickCheck(q.id))?.answers.whyUs).toBe('yes');
  });

  it('starts the workshop from a quick check, which then names the assessment', async () => {
    const q = await createQuickCheck();
    const a = await startWorkshopFrom(q.id, { name: 'Hoivakoti Kaarna' });
    expect((await getAssessment(a.id))?.business.name).toBe('Hoivakoti Kaarna');
    expect((await listAssessments()).map((s) => s.name)).toEqual(['Hoivakoti Kaarna']);
    expect((await quickChecksOf(a.id)).map((x) => x.id)).toEqual([q.id]);
    // Done again later for the same workshop: both are kept.
    const again = await createQuickCheck(a.id);
    expect((await quickChecksOf(a.id)).map((x) => x.id).sort()).toEqual([again.id, q.id].sort());
    expect(await listQuickChecks()).toHaveLength(2);
    await expect(startWorkshopFrom('missing', { name: 'X' })).rejects.toThrow();
  });
});

describe('opening a version 3 database', () => {
  it('adds quick checks and keeps every assessment and follow-up', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    await old.table('assessments').bulkPut(oldRecords);
    await old.table('summaries').bulkPut(oldRecords.map((r) => summarise(restoreAssessment(r)!)));
    old.close();
    const current = new MarkkinapajaDb(name);
    useDatabase(current);
    await current.open();
    expect(current.verno).toBe(4);
    for (const r of oldRecords) {
      expect(await getAssessment(r.id)).toEqual({
        ...r,
        privacyNotice: assessmentShape.shape.privacyNotice.empty({ now: '' }),
        group: '',
      });
    }
    expect(await current.quickChecks.count()).toBe(0);
    const q = await createQuickCheck(oldRecords[0].id);
    expect((await quickChecksOf(oldRecords[0].id)).map((x) => x.id)).toEqual([q.id]);
  });
});
