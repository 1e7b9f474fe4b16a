import { applyChanges, type Change } from '../domain/changes';
import { restoreQuickCheck, type QuickCheck } from '../domain/quick-check';
import { guarded } from './connection';
import { db } from './db';

/** One quick check, repaired on the way out; undefined when there is none with that id. */
export async function getQuickCheck(id: string): Promise<QuickCheck | undefined> {
  return guarded(async () => {
    const raw = await db().quickChecks.get(id);
    return raw ? (restoreQuickCheck(raw) ?? undefined) : undefined;
  });
}

/**
 * Applies field-level changes to a quick check in one transaction, as updateAssessment does:
 * the latest record is read, only the changed fields replaced, the result repaired.
 */
export async function updateQuickCheck(id: string, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  await guarded(() =>
    db().transaction('rw', db().quickChecks, async () => {
      const raw = await db().quickChecks.get(id);
      if (!raw) throw new Error(`No quick check ${id}`);
      const next = restoreQuickCheck(applyChanges(raw, changes));
      if (!next) throw new Error(`Quick check ${id} could not be repaired`);
      await db().quickChecks.put({ ...next, id: raw.id, updatedAt: new Date().toISOString() });
    }),
  );
}
