import * as v from 'valibot';
import { valibot } from './valibot';
import { followUpShape } from '../follow-up';
import { quickCheckShape } from '../quick-check';
import { assessmentShape, type Raw } from '../workshop';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';

/** More than a facilitator's whole career of workshops, and their follow-ups. */
export const MAX_ASSESSMENTS = 5_000;
export const MAX_FOLLOW_UPS = 20_000;
export const MAX_QUICK_CHECKS = 20_000;

const common = {
  format: v.literal(BACKUP_FORMAT),
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
};
const list = (max: number) => v.pipe(v.array(v.unknown()), v.maxLength(max));

/** Version 1: assessments only. */
const envelopeV1 = v.strictObject({
  ...common,
  formatVersion: v.literal(1),
  assessments: list(MAX_ASSESSMENTS),
});

/** Version 2: assessments and their follow-ups. */
const envelopeV2 = v.strictObject({
  ...common,
  formatVersion: v.literal(2),
  assessments: list(MAX_ASSESSMENTS),
  followUps: list(MAX_FOLLOW_UPS),
});

/** Version 3: assessments, their follow-ups, and quick checks. */
const envelopeV3 = v.strictObject({
  ...common,
  formatVersion: v.literal(3),
  assessments: list(MAX_ASSESSMENTS),
  followUps: list(MAX_FOLLOW_UPS),
  quickChecks: list(MAX_QUICK_CHECKS),
});

/** The current version's envelope; its records are checked one by one, by their definitions. */
export const currentEnvelope = envelopeV3;

/**
 * One rung of the ladder: the envelope of a file of version `from`, and how its content becomes
 * that of version `from + 1`. A file climbs from its own version to the current one, one rung
 * at a time; a new format version adds one rung here, a fixture file and a test.
 */
interface Rung {
  readonly from: number;
  readonly envelope: v.GenericSchema;
  readonly upgrade: (file: Raw) => Raw;
}

export const LADDER: readonly Rung[] = [
  {
    from: 1,
    envelope: envelopeV1,
    // Version 1 had no follow-ups; its assessments are read as they are.
    upgrade: (file) => ({ ...file, formatVersion: 2, followUps: [] }),
  },
  {
    from: 2,
    envelope: envelopeV2,
    // Version 2 had no quick checks; its assessments and follow-ups are read as they are.
    upgrade: (file) => ({ ...file, formatVersion: 3, quickChecks: [] }),
  },
];

/** Brings a file up the ladder to the current version; not ok when an envelope is not as written. */
export function climb(file: Raw): { ok: true; file: Raw } | { ok: false } {
  let current = file;
  for (const rung of LADDER) {
    if (current.formatVersion !== rung.from) continue;
    if (!v.is(rung.envelope, current)) return { ok: false };
    current = rung.upgrade(current);
  }
  return current.formatVersion === BACKUP_VERSION && v.is(currentEnvelope, current)
    ? { ok: true, file: current }
    : { ok: false };
}

/**
 * The whole file of the current version as one schema, from the same definitions the reader
 * checks with: the source of docs/backup-format.schema.json.
 */
export const backupFileSchema = v.strictObject({
  ...common,
  formatVersion: v.literal(BACKUP_VERSION),
  assessments: v.pipe(v.array(assessmentShape.schema(valibot)), v.maxLength(MAX_ASSESSMENTS)),
  followUps: v.pipe(v.array(followUpShape.schema(valibot)), v.maxLength(MAX_FOLLOW_UPS)),
  quickChecks: v.pipe(v.array(quickCheckShape.schema(valibot)), v.maxLength(MAX_QUICK_CHECKS)),
});
