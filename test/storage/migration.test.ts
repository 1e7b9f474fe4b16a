import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { MarkkinapajaDb, SCHEMA_V1, SCHEMA_V2, useDatabase } from '../../src/storage/db';
import {
  createFollowUp,
  getAssessment,
  lastBackupAt,
  listAssessments,
  listFollowUps,
  updateAssessment,
} from '../../src/storage';
import { setBusiness } from '../../src/domain/changes';
import oldRecords from '../fixtures/v1-assessments.json';
import { summarise } from '../../src/storage/summarise';
import { assessmentShape, restoreAssessment } from '../../src/domain/workshop';

/** A record of that time as read today: the privacy notice and group, added later, come back empty. */
const asReadToday = (old: (typeof oldRecords)[number]) => ({
  ...old,
  privacyNotice: assessmentShape.shape.privacyNotice.empty({ now: '' }),
  group: '',
});

/** Writes a database exactly as version 1 of the app did, with real records of that time. */
async function writeVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('assessments').bulkPut(oldRecords);
  // Version 1 wrote summaries too, but one was lost: the upgrade must rebuild it.
  await old.table('summaries').put({ id: oldRecords[0].id, name: 'stale', updatedAt: '' });
  old.close();
}

describe('opening a database written by an older version', () => {
  it('upgrades version 1 to the current schema and keeps every answer', async () => {
    const name = `upgrade-${Math.random()}`;
    await writeVersion1(name);
    const current = new MarkkinapajaDb(name);
    useDatabase(current);
    expect(await current.assessments.count()).toBe(oldRecords.length);
    expect(current.verno).toBe(4);

    for (const old of oldRecords) {
      const a = await getAssessment(old.id);
      // Every answer survives: the record reads back exactly as it was written.
      expect(a).toEqual(asReadToday(old));
    }
    const list = await listAssessments();
    expect(list.map((s) => s.name).sort()).toEqual(oldRecords.map((r) => r.business.name).sort());
    expect(list.find((s) => s.id === oldRecords[0].id)?.progress).toBeGreaterThan(0);

    // The new table works, and the records can be edited as usual.
    await current.settings.put({ key: 'lastBackupAt', value: '2026-11-22T10:00:00.000Z' });
    await updateAssessment(oldRecords[1].id, [setBusiness('field', 'Kotihoito')]);
    expect((await getAssessment(oldRecords[1].id))?.business.field).toBe('Kotihoito');
  });
});

/** Writes a database exactly as version 2 of the app did: real records, summaries, a setting. */
async function writeVersion2(name: string) {
  const old = new Dexie(name);
  old.version(2).stores(SCHEMA_V2);
  await old.table('assessments').bulkPut(oldRecords);
  // The summaries as version 2 wrote them, made by the app's own code from the same records.
  await old.table('summaries').bulkPut(oldRecords.map((r) => summarise(restoreAssessment(r)!)));
  await old.table('settings').put({ key: 'lastBackupAt', value: '2026-11-21T09:30:00.000Z' });
  old.close();
}

describe('opening a version 2 database', () => {
  it('adds follow-ups and keeps every assessment, summary and setting', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    await writeVersion2(name);
    const current = new MarkkinapajaDb(name);
    useDatabase(current);
    await current.open();
    expect(current.verno).toBe(4);
    for (const old of oldRecords) expect(await getAssessment(old.id)).toEqual(asReadToday(old));
    const list = await listAssessments();
    expect(list.map((s) => s.name).sort()).toEqual(oldRecords.map((r) => r.business.name).sort());
    expect(await lastBackupAt()).toBe('2026-11-21T09:30:00.000Z');

    // The new table is there, empty, and works with the old records.
    expect(await current.followUps.count()).toBe(0);
    const f = await createFollowUp(oldRecords[0].id, '2027-02-01');
    expect((await listFollowUps(oldRecords[0].id)).map((x) => x.id)).toEqual([f.id]);
  });
});
