import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  LADDER,
  parseBackup,
  RECORDS,
  type RecordDefinitions,
} from '../../src/domain/backup';
import {
  assessmentShape,
  byId,
  choice,
  DEFAULT_CRITERIA,
  gridStep,
  keyed,
  KEY_QUESTIONS,
  keyQuestionsStep,
  object,
  refine,
  REGISTER_FIELDS,
  registerStep,
} from '../../src/domain/workshop';

const fixture = (version: number) =>
  readFileSync(join(process.cwd(), `test/fixtures/backup/v${version}-export.json`), 'utf8');
const v1 = fixture(1);
// Both files were made before the privacy notice existed: it is the one part they lack, and it
// comes back empty.
const NOTICE_ADDED = ['group', 'privacyNotice'];
const withEmptyNotice = (list: readonly Record<string, unknown>[]): Record<string, unknown>[] =>
  list.map((a) => ({
    ...a,
    privacyNotice: assessmentShape.shape.privacyNotice.empty({ now: '' }),
    group: '',
  }));
const v1Assessments = withEmptyNotice(JSON.parse(v1).assessments as Record<string, unknown>[]);

/**
 * Today's definitions with a key question, a register field and a default grid criterion
 * added, as a later version of the app would have them: each extended through its definition.
 */
function grownDefinitions(): RecordDefinitions {
  const { register } = registerStep.fields;
  const { grid } = gridStep.fields;
  const { criteria } = grid.shape;
  const grown = object({
    ...assessmentShape.shape,
    keyQuestions: byId([...KEY_QUESTIONS, 'extra'], keyQuestionsStep.fields.keyQuestions.item),
    register: object({
      ...register.shape,
      fields: byId([...REGISTER_FIELDS, 'extra'], register.shape.fields.item),
    }),
    grid: refine(
      object({
        ...grid.shape,
        criteria: keyed(criteria.max, {
          ...criteria.shape,
          key: choice([...DEFAULT_CRITERIA, 'extraCriterion']),
        }),
      }),
      grid.rule as never,
    ),
  });
  // The grown record has more ids than today's type knows; the reader only checks and repairs.
  return { ...RECORDS, assessment: grown as unknown as RecordDefinitions['assessment'] };
}

describe('the backup format version ladder', () => {
  it('has a real fixture file for every older version', () => {
    for (const rung of LADDER) {
      const file = JSON.parse(fixture(rung.from));
      expect(file.formatVersion).toBe(rung.from);
      expect(parseBackup(fixture(rung.from)).ok).toBe(true);
    }
  });

  it('reads the real version-1 file with today’s definitions, every answer intact', () => {
    const read = parseBackup(v1);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.added).toEqual(NOTICE_ADDED);
    expect(read.backup.formatVersion).toBe(BACKUP_VERSION);
    expect(read.backup.followUps).toEqual([]);
    expect(read.backup.assessments).toEqual(v1Assessments);
    expect(read.backup.assessments.map((a) => a.business.name)).toEqual(
      v1Assessments.map((a) => (a.business as { name: string }).name),
    );
  });

  it('reads a real version-2 file, with its follow-ups, every value intact', () => {
    const file = JSON.parse(fixture(2));
    const read = parseBackup(fixture(2));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.added).toEqual(NOTICE_ADDED);
    expect(read.backup.assessments).toEqual(withEmptyNotice(file.assessments));
    expect(read.backup.followUps).toEqual(file.followUps);
    expect(read.backup.followUps.length).toBeGreaterThan(0);
  });

  it('reads the version-1 file into a grown app: new items get their defaults, nothing else changes', () => {
    const records = grownDefinitions();
    const read = parseBackup(v1, records);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.added).toEqual([
      'group',
      'keyQuestions.extra',
      'privacyNotice',
      'register.fields.extra',
    ]);
    for (const [i, a] of read.backup.assessments.entries()) {
      const grown = a as unknown as Record<string, Record<string, Record<string, unknown>>>;
      expect(grown.keyQuestions.extra).toEqual({
        canAnswer: null,
        answer: '',
        missing: '',
        where: '',
        nextStep: '',
      });
      expect(grown.register.fields.extra).toEqual({ has: null, how: '' });
      // Every other value as it was in the file.
      const { extra: _q, ...keyQuestions } = grown.keyQuestions;
      const { extra: _f, ...fields } = grown.register.fields;
      expect({
        ...grown,
        keyQuestions,
        register: { ...grown.register, fields },
      }).toEqual(v1Assessments[i]);
    }
    // The grown grid knows the new criterion; today's app refuses it as unknown.
    const doc = JSON.parse(v1);
    const first = Object.values(doc.assessments[0].grid.criteria)[0] as { key: string };
    first.key = 'extraCriterion';
    expect(parseBackup(JSON.stringify(doc), records).ok).toBe(true);
    expect(parseBackup(JSON.stringify(doc))).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', number: 1 },
    });
  });

  it('refuses a file from a newer app with answers this version does not know', () => {
    const doc = JSON.parse(v1);
    doc.assessments[1].keyQuestions.extra = { canAnswer: 'yes' };
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { kind: 'invalid', number: 2, path: 'keyQuestions.extra', unknown: true },
    });
    const newer = { ...JSON.parse(v1), formatVersion: BACKUP_VERSION + 1 };
    expect(parseBackup(JSON.stringify(newer))).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', version: BACKUP_VERSION + 1 },
    });
  });

  it('refuses a wrong type and an out-of-range value, naming where', () => {
    const doc = JSON.parse(v1);
    doc.assessments[0].customerSources.surveys.level = 4;
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { kind: 'invalid', number: 1, path: 'customerSources.surveys.level' },
    });
    doc.assessments[0].customerSources.surveys.level = 1;
    doc.assessments[0].register.exists = true;
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { kind: 'invalid', number: 1, path: 'register.exists' },
    });
  });
});
