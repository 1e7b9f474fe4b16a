import { assessmentShape } from '../../src/domain/workshop';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup';
import { quickAnswerField } from '../../src/domain/quick-check-answers';
import {
  autosave,
  createAssessment,
  deleteAllData,
  exportBackup,
  listAssessments,
} from '../../src/storage';
import {
  createQuickCheck,
  listQuickChecks,
  quickChecksOf,
  startWorkshopFrom,
} from '../../src/storage';
import { importBackups, readBackupFiles } from '../../src/storage/restore-backup';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const fixture = (version: number) =>
  readFileSync(join(process.cwd(), `test/fixtures/backup/v${version}-export.json`), 'utf8');

async function answered(value: 'no' | 'yes', assessmentId = '') {
  const q = await createQuickCheck(assessmentId);
  await autosave.choose(quickAnswerField(q.id, 'register'), value);
  return q;
}

describe('backup files with quick checks', () => {
  it('carry every quick check in a whole backup, and a workshop’s own in a backup of it', async () => {
    const alone = await answered('no');
    const first = await answered('yes');
    const a = await startWorkshopFrom(first.id, { name: 'Kaarna' });
    const other = await createAssessment({ name: 'Muu' });

    const all = parseBackup(await exportBackup(undefined, NOW));
    if (!all.ok) throw new Error(JSON.stringify(all.problem));
    expect(all.backup.formatVersion).toBe(3);
    expect(all.backup.quickChecks.map((q) => q.id).sort()).toEqual([alone.id, first.id].sort());
    expect(all.backup.quickChecks.find((q) => q.id === first.id)).toMatchObject({
      assessmentId: a.id,
      answers: { register: 'yes' },
    });

    const one = parseBackup(await exportBackup([a.id], NOW));
    expect(one.ok && one.backup.quickChecks.map((q) => q.id)).toEqual([first.id]);
    const none = parseBackup(await exportBackup([other.id], NOW));
    expect(none.ok && none.backup.quickChecks).toEqual([]);
  });

  it('come back on an empty device, and follow a copied workshop under keep both', async () => {
    const q = await answered('no');
    const a = await startWorkshopFrom(q.id, { name: 'Kaarna' });
    const text = await exportBackup(undefined, NOW);
    await deleteAllData();

    const read = readBackupFiles([{ name: 'kaarna.json', text }]);
    expect(read.rejected).toEqual([]);
    await importBackups(read.valid, 'keepBoth');
    expect((await quickChecksOf(a.id)).map((x) => x.answers.register)).toEqual(['no']);

    // The same file again, kept beside: the copy of the workshop has its own quick check.
    await importBackups(
      readBackupFiles([{ name: 'kaarna.json', text }]).valid,
      'keepBoth',
      (n) => `${n} (kopio)`,
    );
    const copy = (await listAssessments()).find((s) => s.name === 'Kaarna (kopio)');
    expect(copy).toBeDefined();
    const copied = await quickChecksOf(copy!.id);
    expect(copied).toHaveLength(1);
    expect(copied[0].id).not.toBe(q.id);
    expect(await listQuickChecks()).toHaveLength(2);
  });

  it('come back from a device that had quick checks only', async () => {
    const q = await answered('yes');
    const text = await exportBackup(undefined, NOW);
    await deleteAllData();
    const read = readBackupFiles([{ name: 'pikakartoitus.json', text }]);
    expect(read.rejected).toEqual([]);
    await importBackups(read.valid, 'keepBoth');
    expect((await listQuickChecks()).map((x) => [x.id, x.answers.register])).toEqual([
      [q.id, 'yes'],
    ]);
  });

  it('refuse a damaged quick check by its number, and a repeated one', async () => {
    await createAssessment({ name: 'Kaarna' });
    const q = await answered('yes');
    const doc = JSON.parse(await exportBackup(undefined, NOW));
    doc.quickChecks[0].answers.gdpr = 'maybe';
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { kind: 'invalid', number: 1, path: 'answers.gdpr', record: 'quickCheck' },
    });
    doc.quickChecks[0].answers.gdpr = null;
    doc.quickChecks.push(doc.quickChecks[0]);
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { kind: 'duplicate', number: 2, record: 'quickCheck' },
    });
    expect(q.id).toBe(doc.quickChecks[0].id);
  });

  it('read the real version-3 file, every value intact, and give a version-2 file none', async () => {
    const file = JSON.parse(fixture(3));
    const read = parseBackup(fixture(3));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    // The file was made before the privacy notice and groups: they come back empty, and are reported.
    expect(read.added).toEqual(['group', 'privacyNotice']);
    expect(read.backup.assessments).toEqual(
      file.assessments.map((a: object) => ({
        ...a,
        privacyNotice: assessmentShape.shape.privacyNotice.empty({ now: '' }),
        group: '',
      })),
    );
    expect(read.backup.followUps).toEqual(file.followUps);
    expect(read.backup.quickChecks).toEqual(file.quickChecks);
    expect(read.backup.quickChecks.length).toBeGreaterThan(0);
    await importBackups([read.backup], 'keepBoth');
    expect(await quickChecksOf(file.assessments[0].id)).toHaveLength(file.quickChecks.length);

    const v2 = parseBackup(fixture(2));
    expect(v2.ok && v2.backup.formatVersion).toBe(3);
    expect(v2.ok && v2.backup.quickChecks).toEqual([]);
  });
});
