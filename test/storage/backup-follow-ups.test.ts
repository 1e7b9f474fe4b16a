import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BackupCheckFailed, RECORDS, serializeBackup } from '../../src/domain/backup';
import { deleteAllData, exportBackup, lastBackupAt, listFollowUps } from '../../src/storage';
import { importBackups, readBackupFiles } from '../../src/storage/restore-backup';
import { db } from '../../src/storage/db';
import { makeFullAssessment } from '../helpers/factories';
import { followUpOf } from '../helpers/follow-ups';
import { randomAssessment } from '../helpers/random';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const file = (...args: Parameters<typeof serializeBackup>) => serializeBackup(...args);

/** Everything in the database, as text: two dumps are equal only if nothing changed. */
async function dump(): Promise<string> {
  const tables = [db().assessments, db().summaries, db().settings, db().followUps] as const;
  return JSON.stringify(await Promise.all(tables.map((t) => t.toArray())));
}

/** A file nested `depth` levels deep inside an otherwise valid assessment's notes. */
function nested(depth: number): string {
  const doc = JSON.parse(file([randomAssessment(40)], '0.1.0', NOW.toISOString()));
  let deep: unknown = 'pohja';
  for (let i = 0; i < depth; i++) deep = { x: deep };
  doc.assessments[0].notes.start = deep;
  return JSON.stringify(doc);
}

describe('backup files with follow-ups', () => {
  it('exports every follow-up with its assessment, and gives the same file back after import', async () => {
    const assessments = Array.from({ length: 5 }, (_, i) => randomAssessment(500 + i));
    const followUps = assessments.flatMap((a, i) => [
      followUpOf(a, i, NOW),
      followUpOf(a, i + 9, NOW),
    ]);
    const first = file(assessments, '0.1.0', NOW.toISOString(), followUps);
    const read = readBackupFiles([{ name: 'kaikki.json', text: first }]);
    expect(read.rejected).toEqual([]);
    expect(read.accepted[0].added).toEqual([]);
    await importBackups(read.valid, 'keepBoth');
    expect(await db().followUps.count()).toBe(10);
    expect(await exportBackup(undefined, NOW)).toBe(first);
  });

  it('exports one assessment with its own follow-ups only', async () => {
    const [a, b] = [randomAssessment(60), randomAssessment(61)];
    const [fa, fb] = [followUpOf(a, 1, NOW), followUpOf(b, 2, NOW)];
    await importBackups(
      readBackupFiles([{ name: 'x.json', text: file([a, b], '0', NOW.toISOString(), [fa, fb]) }])
        .valid,
      'keepBoth',
    );
    const one = JSON.parse(await exportBackup([a.id], NOW));
    expect(one.assessments.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect(one.followUps).toEqual([fa]);
  });

  it('keeps both: the copy gets copies of its follow-ups, with new ids, pointing at the copy', async () => {
    const a = makeFullAssessment();
    const f = followUpOf(a, 3, NOW);
    const text = file([a], '0.1.0', NOW.toISOString(), [f]);
    await importBackups(readBackupFiles([{ name: 'a.json', text }]).valid, 'keepBoth');
    await importBackups(
      readBackupFiles([{ name: 'a.json', text }]).valid,
      'keepBoth',
      (n) => `${n} (kopio)`,
    );
    const ids = (await db().assessments.toArray()).map((x) => x.id);
    expect(ids).toHaveLength(2);
    const copyId = ids.find((id) => id !== a.id)!;
    expect(await listFollowUps(a.id)).toEqual([f]);
    const copied = await listFollowUps(copyId);
    expect(copied).toHaveLength(1);
    expect(copied[0].id).not.toBe(f.id);
    expect(copied[0]).toEqual({ ...f, id: copied[0].id, assessmentId: copyId });

    // Replace writes the file's follow-up over the one on the device, and adds none.
    const edited = { ...f, notes: 'Muutettu' };
    await importBackups(
      readBackupFiles([{ name: 'a.json', text: file([a], '0', NOW.toISOString(), [edited]) }])
        .valid,
      'replace',
    );
    expect(await listFollowUps(a.id)).toEqual([edited]);
    expect(await db().followUps.count()).toBe(2);
  });

  it('deletes every follow-up with everything else when all data is deleted', async () => {
    const a = randomAssessment(70);
    await importBackups(
      readBackupFiles([
        { name: 'a.json', text: file([a], '0', NOW.toISOString(), [followUpOf(a, 1, NOW)]) },
      ]).valid,
      'keepBoth',
    );
    expect(await db().followUps.count()).toBe(1);
    await deleteAllData();
    expect(await db().followUps.count()).toBe(0);
    expect(await db().assessments.count()).toBe(0);
  });

  it('refuses a file nested 10,000 levels deep by name, and restores the valid files beside it', async () => {
    const before = await dump();
    expect(readBackupFiles([{ name: 'syva.json', text: nested(10_000) }]).rejected).toEqual([
      { name: 'syva.json', problem: { kind: 'tooDeep' } },
    ]);
    expect(await dump()).toBe(before);
    const [a, b] = [randomAssessment(80), randomAssessment(81)];
    const read = readBackupFiles([
      { name: 'aurinko.json', text: file([a], '0', NOW.toISOString(), [followUpOf(a, 1, NOW)]) },
      { name: 'syva.json', text: nested(10_000) },
      { name: 'rikki.json', text: '{"format":"markkinapaja-backup"' },
      { name: 'kuu.json', text: file([b], '0', NOW.toISOString()) },
    ]);
    expect(read.accepted.map((f) => f.name)).toEqual(['aurinko.json', 'kuu.json']);
    expect(read.rejected).toEqual([
      { name: 'syva.json', problem: { kind: 'tooDeep' } },
      { name: 'rikki.json', problem: { kind: 'notJson' } },
    ]);
    expect(await importBackups(read.valid, 'keepBoth')).toBe(2);
    expect(await db().followUps.count()).toBe(1);
  });

  it('refuses a follow-up of an assessment that is not in the file', () => {
    const [a, b] = [randomAssessment(90), randomAssessment(91)];
    const read = readBackupFiles([
      { name: 'x.json', text: file([a], '0', NOW.toISOString(), [followUpOf(b, 1, NOW)]) },
    ]);
    expect(read.rejected).toEqual([
      { name: 'x.json', problem: { kind: 'orphanFollowUp', number: 1 } },
    ]);
  });

  it('backs up a record whose stored time is readable but not ISO, as ISO', async () => {
    const a = randomAssessment(96);
    await db().assessments.put({ ...a, createdAt: '2026-12-01' });
    const file = JSON.parse(await exportBackup(undefined, NOW));
    expect(file.assessments[0].createdAt).toBe('2026-12-01T00:00:00.000Z');
  });

  it('never hands over a file that does not read back, and does not count it as a backup', async () => {
    const a = randomAssessment(95);
    await importBackups(
      readBackupFiles([{ name: 'a.json', text: file([a], '0', NOW.toISOString()) }]).valid,
      'keepBoth',
    );
    // A reader stricter than the writer, as a bug would make it: the check must catch it.
    const strict = { ...RECORDS, assessment: { ...RECORDS.assessment, schema: () => v.never() } };
    const failed = await exportBackup(undefined, NOW, strict).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(BackupCheckFailed);
    expect((failed as BackupCheckFailed).problem).toEqual({
      kind: 'invalid',
      number: 1,
      path: '(root)',
    });
    expect(await lastBackupAt()).toBeNull();
  });
});
