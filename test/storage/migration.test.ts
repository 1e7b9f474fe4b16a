import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { MarkkinapajaDb, SCHEMA_V1, useDatabase } from '../../src/storage/db';
import { getAssessment, listAssessments, updateAssessment } from '../../src/storage';
import { setBusiness } from '../../src/domain/changes';
import oldRecords from '../fixtures/v1-assessments.json';

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
    expect(current.verno).toBe(2);

    for (const old of oldRecords) {
      const a = await getAssessment(old.id);
      // Every answer survives: the record reads back exactly as it was written.
      expect(a).toEqual(old);
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
