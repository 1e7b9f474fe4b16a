import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, serializeBackup } from '../../src/domain/backup';
import { exportBackup, getAssessment, lastBackupAt, listAssessments } from '../../src/storage';
import { conflictsOf, importBackups, readBackupFiles } from '../../src/storage/restore-backup';
import { db } from '../../src/storage/db';
import { makeFullAssessment } from '../helpers/factories';
import { asVersion1, followUpOf } from '../helpers/follow-ups';
import { randomAssessment, rng } from '../helpers/random';

const NOW = new Date('2026-11-22T12:00:00.000Z');

/** Everything in the database, as text: two dumps are equal only if nothing changed. */
async function dump(): Promise<string> {
  const [a, s, t, f] = await Promise.all([
    db().assessments.toArray(),
    db().summaries.toArray(),
    db().settings.toArray(),
    db().followUps.toArray(),
  ]);
  return JSON.stringify([a, s, t, f]);
}

async function importText(text: string, name = 'file.json') {
  const read = readBackupFiles([{ name, text }]);
  if (read.valid.length) await importBackups(read.valid, 'keepBoth');
  return read;
}

/** A valid backup file, damaged in one of many ways a file can be. */
function malformed(valid: string, seed: number): string {
  const r = rng(seed);
  const doc = JSON.parse(valid);
  // The records to damage: assessments, and the follow-ups of a version-2 file.
  const lists: string[] = doc.followUps?.length ? ['assessments', 'followUps'] : ['assessments'];
  const list: string = lists[seed % lists.length];
  const records: Record<string, unknown>[] = doc[list];
  const other = doc.formatVersion === 1 ? 2 : 1;
  const leaves: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) {
      leaves.push([node as Record<string, unknown>, k]);
      walk(v);
    }
  };
  walk(records);
  const [parent, key] = r.pick(leaves);
  const value = parent[key];
  switch (seed % 11) {
    case 0:
      return valid.slice(0, 1 + r.int(valid.length - 2));
    case 1:
      return JSON.stringify({ ...doc, format: r.pick(['markkinapaja', 'backup', '', 42]) });
    case 2:
      return JSON.stringify({
        ...doc,
        formatVersion: r.pick([other, BACKUP_VERSION + 1, 99, '1', -1, 1.5, null]),
      });
    case 3:
      // A value of the wrong type anywhere in an assessment.
      parent[key] =
        typeof value === 'string'
          ? 42
          : typeof value === 'boolean'
            ? 'yes'
            : value === null
              ? {}
              : 'x';
      return JSON.stringify(doc);
    case 4:
      return list === 'assessments'
        ? valid.replace('"business": {', '"business": { "__proto__": { "polluted": true },')
        : valid.replace('"nextCheckpoint": {', '"nextCheckpoint": { "constructor": {},');
    case 5:
      if (list === 'assessments')
        doc.assessments[r.int(records.length)].business.name = 'x'.repeat(20_001 + r.int(5));
      else doc.followUps[r.int(records.length)].notes = 'x'.repeat(20_001 + r.int(5));
      return JSON.stringify(doc);
    case 6:
      records.push(records[r.int(records.length)]);
      return JSON.stringify(doc);
    case 7:
      // Only what every file must carry: a part that a file lacks gets its empty value now
      // (a file of an earlier version lacks what was added since), so deleting `business` or
      // any other answer is no longer damage.
      delete records[r.int(records.length)][
        r.pick(list === 'assessments' ? ['id', 'createdAt', 'updatedAt'] : ['assessmentId', 'id'])
      ];
      return JSON.stringify(doc);
    case 8:
      return r.pick(['[]', '42', '"text"', 'null', '{}', '', '\u0000', '<html></html>']);
    case 9:
      (records[r.int(records.length)] as Record<string, Record<string, unknown>>)[
        list === 'assessments' ? 'customerSources' : 'customerLevels'
      ][`unknown${seed}`] = { level: 1 };
      return JSON.stringify(doc);
    default:
      return JSON.stringify({
        ...doc,
        exportedAt: r.pick(['yesterday', 12, '2026-13-45T00:00:00Z']),
      });
  }
}

describe('backup files', () => {
  it.each([1, 2])(
    'refuses 500 damaged files of format version %i with a reason, leaving the database exactly as it was',
    async (version) => {
      const assessments = [makeFullAssessment(), randomAssessment(1), randomAssessment(2)];
      const followUps = assessments.map((a, i) => followUpOf(a, i, NOW));
      const v2 = serializeBackup(assessments, '0.1.0', NOW.toISOString(), followUps);
      const valid = version === 1 ? asVersion1(v2) : v2;
      expect(parseBackup(valid).ok).toBe(true);
      const kept = randomAssessment(3);
      await importText(
        serializeBackup([kept], '0.1.0', NOW.toISOString(), [followUpOf(kept, 3, NOW)]),
      );
      const before = await dump();
      const kinds = new Set<string>();
      for (let seed = 0; seed < 500; seed++) {
        const text = malformed(valid, seed);
        const read = await importText(text, `broken-${seed}.json`);
        expect(read.valid, `file ${seed} was accepted: ${text.slice(0, 300)}`).toHaveLength(0);
        expect(read.rejected[0].name).toBe(`broken-${seed}.json`);
        kinds.add(read.rejected[0].problem.kind);
      }
      expect(await dump()).toBe(before);
      // Every kind of damage was met, each with its own reason.
      expect([...kinds].sort()).toEqual([
        'duplicate',
        'forbiddenKey',
        'invalid',
        'newerVersion',
        'notBackup',
        'notJson',
      ]);
    },
    // 500 files each: about a second on an idle machine, several on a busy one.
    30_000,
  );

  it('gives the same file after export, import into an empty device and export again (100 assessments)', async () => {
    const originals = Array.from({ length: 100 }, (_, i) => randomAssessment(1000 + i));
    const first = serializeBackup(originals, '0.1.0', NOW.toISOString());
    const read = readBackupFiles([{ name: 'all.json', text: first }]);
    expect(read.rejected).toEqual([]);
    expect(await importBackups(read.valid, 'replace')).toBe(100);
    expect(await exportBackup(undefined, NOW)).toBe(first);
    expect(await lastBackupAt()).toBe(NOW.toISOString());
  });

  it('keeps both or replaces when an imported assessment is already on the device', async () => {
    const a = makeFullAssessment();
    const file = serializeBackup([a], '0.1.0', NOW.toISOString());
    await importText(file);
    const edited = { ...a, business: { ...a.business, field: 'Muutettu' } };
    const newer = readBackupFiles([
      { name: 'b.json', text: serializeBackup([edited], '0.1.0', NOW.toISOString()) },
    ]);
    expect((await conflictsOf(newer.valid)).map((x) => x.id)).toEqual([a.id]);

    await importBackups(newer.valid, 'keepBoth', (name) => `${name} (kopio)`);
    const names = (await listAssessments()).map((s) => s.name).sort();
    expect(names).toEqual([a.business.name, `${a.business.name} (kopio)`].sort());
    expect((await getAssessment(a.id))?.business.field).toBe(a.business.field);

    await importBackups(newer.valid, 'replace');
    expect((await getAssessment(a.id))?.business.field).toBe('Muutettu');
    expect(await db().assessments.count()).toBe(2);
  });

  it('imports several files from a facilitator at once and names the ones it refuses', async () => {
    const files = [
      {
        name: 'aurinko.json',
        text: serializeBackup([randomAssessment(7)], '0.1.0', NOW.toISOString()),
      },
      {
        name: 'kuu.json',
        text: serializeBackup(
          [randomAssessment(8), randomAssessment(9)],
          '0.1.0',
          NOW.toISOString(),
        ),
      },
      { name: 'kuva.png', text: '\u0089PNG' },
    ];
    const read = readBackupFiles(files);
    expect(read.rejected).toEqual([{ name: 'kuva.png', problem: { kind: 'notJson' } }]);
    expect(await importBackups(read.valid, 'keepBoth')).toBe(3);
    expect(await db().summaries.count()).toBe(3);
  });

  it('names the first wrong value it finds', () => {
    const doc = JSON.parse(serializeBackup([makeFullAssessment()], '0.1.0', NOW.toISOString()));
    doc.assessments[0].customerSources.surveys.level = '2';
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { kind: 'invalid', number: 1, path: 'customerSources.surveys.level' },
    });
  });
});
