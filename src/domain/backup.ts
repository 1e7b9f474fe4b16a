import * as v from 'valibot';
import type { Assessment } from './workshop';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type BackupProblem,
  type BackupResult,
} from './backup-format';
import { isSafeId, restoreAssessment } from './workshop';

export * from './backup-format';

const MAX_STRING = 20_000;
const MAX_ASSESSMENTS = 5_000;

const Envelope = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  assessments: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ASSESSMENTS)),
});

const AssessmentCore = v.looseObject({
  id: v.custom<string>(isSafeId),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  business: v.looseObject({ name: v.string() }),
});

/** Finds a key that could reach an object's prototype, or a string too long to be an answer. */
function scan(node: unknown, path: string): { key?: string; path?: string } | null {
  if (typeof node === 'string') return node.length > MAX_STRING ? { path } : null;
  if (typeof node !== 'object' || node === null) return null;
  for (const key of Object.keys(node)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return { key };
    const found = scan((node as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/** The first path where two values differ, or null when they are the same. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? null : path || '(root)';
  }
  if (Array.isArray(a) !== Array.isArray(b)) return path || '(root)';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const d = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
    );
    if (d) return d;
  }
  return null;
}

const fail = (problem: BackupProblem): BackupResult => ({ ok: false, problem });

/**
 * Reads a backup file's text and checks all of it before anything is written: the format, its
 * version, and every assessment, which must be exactly as this app writes it (a value of the
 * wrong type, an unknown id, a text over its limit: the file is refused, not repaired).
 */
export function parseBackup(text: string): BackupResult {
  if (text.length > MAX_BACKUP_BYTES) return fail({ kind: 'tooLarge' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ kind: 'notJson' });
  }
  const forbidden = scan(raw, '');
  if (forbidden?.key) return fail({ kind: 'forbiddenKey', key: forbidden.key });
  const top = raw as Record<string, unknown> | null;
  if (typeof top !== 'object' || top === null || top.format !== BACKUP_FORMAT) {
    return fail({ kind: 'notBackup' });
  }
  if (typeof top.formatVersion === 'number' && top.formatVersion > BACKUP_VERSION) {
    return fail({ kind: 'newerVersion', version: top.formatVersion });
  }
  const envelope = v.safeParse(Envelope, raw);
  if (!envelope.success) return fail({ kind: 'notBackup' });
  const items = envelope.output.assessments;
  if (items.length === 0) return fail({ kind: 'empty' });
  const seen = new Set<string>();
  const assessments: Assessment[] = [];
  for (const [i, item] of items.entries()) {
    const number = i + 1;
    if (forbidden?.path?.startsWith(`assessments.${i}.`)) {
      return fail({ kind: 'invalid', number, path: forbidden.path.split('.').slice(2).join('.') });
    }
    const core = v.safeParse(AssessmentCore, item);
    if (!core.success) {
      const path = v.getDotPath(core.issues[0]) ?? '(root)';
      return fail({ kind: 'invalid', number, path });
    }
    const restored = restoreAssessment(item);
    const difference = restored ? firstDifference(item, restored) : '(root)';
    if (!restored || difference) return fail({ kind: 'invalid', number, path: difference ?? 'id' });
    if (seen.has(restored.id)) return fail({ kind: 'duplicate', number });
    seen.add(restored.id);
    assessments.push(restored);
  }
  return { ok: true, backup: { ...envelope.output, format: BACKUP_FORMAT, assessments } };
}
