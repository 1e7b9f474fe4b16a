import * as v from 'valibot';
import { valibot } from './valibot';
import { followUpShape, type FollowUp } from '../follow-up';
import { quickCheckShape, type QuickCheck } from '../quick-check';
import { assessmentShape, type Assessment, type Field, type Raw } from '../workshop';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type Backup,
  type BackupProblem,
  type BackupResult,
  type RecordKind,
} from './format';
import { addedPaths, scan } from './scan';
import { climb } from './versions';

/**
 * The records a file holds, each by its definition: the strict check (`schema`) and the repair
 * that normalises what passed (`restore`). A test may pass extended definitions.
 */
export interface RecordDefinitions {
  readonly assessment: Pick<Field<Assessment>, 'schema' | 'restore'>;
  readonly followUp: Pick<Field<FollowUp>, 'schema' | 'restore'>;
  readonly quickCheck: Pick<Field<QuickCheck>, 'schema' | 'restore'>;
}

/** The definitions of this version of the app. */
export const RECORDS: RecordDefinitions = {
  assessment: assessmentShape,
  followUp: followUpShape,
  quickCheck: quickCheckShape,
};

const RECORD_OF_LIST: Readonly<Record<string, RecordKind | undefined>> = {
  followUps: 'followUp',
  quickChecks: 'quickCheck',
};

const fail = (problem: BackupProblem): BackupResult => ({ ok: false, problem });

type Checked<T> = { ok: true; value: T; added: string[] } | { ok: false; problem: BackupProblem };

/** Checks one record strictly, then normalises it; a missing part gets its empty value. */
function checkRecord<T>(
  def: Pick<Field<T>, 'schema' | 'restore'>,
  raw: unknown,
  number: number,
  record: RecordKind | undefined,
): Checked<T> {
  const result = v.safeParse(def.schema(valibot), raw, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    // A strict object reports a key it does not know as expecting `never` there.
    const unknown = issue.type === 'strict_object' && issue.expected === 'never';
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        number,
        path: v.getDotPath(issue) ?? '(root)',
        ...(record ? { record } : {}),
        ...(unknown ? { unknown: true } : {}),
      },
    };
  }
  const value = def.restore(result.output, { now: new Date().toISOString() });
  return { ok: true, value, added: addedPaths(raw, result.output) };
}

/** The record number and the path inside it of a dotted path into the file, if it is in one. */
function inRecord(path: string): { list: string; number: number; path: string } | null {
  const [list, index, ...rest] = path.split('.');
  const lists = ['assessments', 'followUps', 'quickChecks'];
  if (!lists.includes(list) || !/^\d+$/.test(index ?? '')) return null;
  return { list, number: Number(index) + 1, path: rest.join('.') || '(root)' };
}

/**
 * Reads a backup file's text and checks all of it before anything is written. The file climbs
 * the version ladder to the current format; each record must pass its definition's strict check
 * (a wrong type, an unknown id or key, a text over its limit: refused, not repaired), but a part
 * that this version added since the file was written gets its empty value, and is reported.
 */
export function parseBackup(text: string, records: RecordDefinitions = RECORDS): BackupResult {
  if (text.length > MAX_BACKUP_BYTES) return fail({ kind: 'tooLarge' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail({ kind: e instanceof RangeError ? 'tooDeep' : 'notJson' });
  }
  const found = scan(raw);
  if (found.tooDeep) return fail({ kind: 'tooDeep' });
  if (found.key) return fail({ kind: 'forbiddenKey', key: found.key });
  const top = raw as Raw | null;
  if (typeof top !== 'object' || top === null || Array.isArray(top)) {
    return fail({ kind: 'notBackup' });
  }
  if (top.format !== BACKUP_FORMAT) return fail({ kind: 'notBackup' });
  if (typeof top.formatVersion === 'number' && top.formatVersion > BACKUP_VERSION) {
    return fail({ kind: 'newerVersion', version: top.formatVersion });
  }
  if (found.longString) {
    const at = inRecord(found.longString);
    if (!at) return fail({ kind: 'notBackup' });
    const record = RECORD_OF_LIST[at.list];
    return fail({
      kind: 'invalid',
      number: at.number,
      path: at.path,
      ...(record ? { record } : {}),
    });
  }
  const climbed = climb(top);
  if (!climbed.ok) return fail({ kind: 'notBackup' });
  const file = climbed.file as Raw & {
    assessments: unknown[];
    followUps: unknown[];
    quickChecks: unknown[];
  };
  // A device may hold quick checks only (made before any workshop): its backup must come back.
  if (file.assessments.length === 0 && file.quickChecks.length === 0) {
    return fail({ kind: 'empty' });
  }

  const added = new Set<string>();
  const assessments: Assessment[] = [];
  const ids = new Set<string>();
  for (const [i, item] of file.assessments.entries()) {
    const checked = checkRecord(records.assessment, item, i + 1, undefined);
    if (!checked.ok) return fail(checked.problem);
    if (ids.has(checked.value.id)) return fail({ kind: 'duplicate', number: i + 1 });
    ids.add(checked.value.id);
    checked.added.forEach((p) => added.add(p));
    assessments.push(checked.value);
  }
  const followUps: FollowUp[] = [];
  const followUpIds = new Set<string>();
  for (const [i, item] of file.followUps.entries()) {
    const checked = checkRecord(records.followUp, item, i + 1, 'followUp');
    if (!checked.ok) return fail(checked.problem);
    const f = checked.value;
    if (followUpIds.has(f.id))
      return fail({ kind: 'duplicate', number: i + 1, record: 'followUp' });
    if (!ids.has(f.assessmentId)) return fail({ kind: 'orphanFollowUp', number: i + 1 });
    followUpIds.add(f.id);
    checked.added.forEach((p) => added.add(`followUp.${p}`));
    followUps.push(f);
  }
  const quickChecks: QuickCheck[] = [];
  const quickCheckIds = new Set<string>();
  for (const [i, item] of file.quickChecks.entries()) {
    const checked = checkRecord(records.quickCheck, item, i + 1, 'quickCheck');
    if (!checked.ok) return fail(checked.problem);
    if (quickCheckIds.has(checked.value.id))
      return fail({ kind: 'duplicate', number: i + 1, record: 'quickCheck' });
    // The workshop a quick check names may be elsewhere: the link is kept as it is.
    quickCheckIds.add(checked.value.id);
    checked.added.forEach((p) => added.add(`quickCheck.${p}`));
    quickChecks.push(checked.value);
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    appVersion: file.appVersion as string,
    exportedAt: file.exportedAt as string,
    assessments,
    followUps,
    quickChecks,
  };
  return { ok: true, backup, added: [...added].sort() };
}
