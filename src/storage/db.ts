import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Assessment } from '../domain/workshop';
import { restoreAssessment } from '../domain/workshop';
import { summarise } from './summarise';
import { emitDatabaseEvent } from './events';
import type { Perspective } from '../domain/workshop';
import type { FollowUp } from '../domain/follow-up';
import type { QuickCheck } from '../domain/quick-check';

/** A stored record: the assessment as the app wrote it; read back through restoreAssessment. */
export type StoredAssessment = Assessment;

/**
 * What the home screen lists of an assessment. Kept beside each assessment and written in the
 * same transaction, so that the list never has to read and repair every full record.
 */
export interface AssessmentSummary {
  readonly id: string;
  readonly name: string;
  readonly perspective: Perspective;
  readonly workshopDate: string;
  readonly checkpointDate: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** How far it is filled, 0–1. */
  readonly progress: number;
  /** The facilitator's group; absent in a summary written before groups existed. */
  readonly group?: string;
}

/** A small value the app keeps on the device, e.g. when the last backup was made. */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/** Version 1 of the schema, kept as it was so that tests can write a database of that age. */
export const SCHEMA_V1 = {
  // Only what is queried is indexed; the rest of the record is stored as it is.
  assessments: 'id, updatedAt',
  summaries: 'id, updatedAt',
} as const;

/** Version 2 adds settings; the summaries are rebuilt from the records on the way. */
export const SCHEMA_V2 = { ...SCHEMA_V1, settings: 'key' } as const;

/** Version 3 adds follow-ups, each linked to its assessment; nothing else changes. */
export const SCHEMA_V3 = { ...SCHEMA_V2, followUps: 'id, assessmentId, createdAt' } as const;

/** Version 4 adds the quick checks done before a workshop, each naming the workshop it started. */
export const SCHEMA_V4 = { ...SCHEMA_V3, quickChecks: 'id, createdAt, assessmentId' } as const;

async function rebuildSummaries(tx: Transaction): Promise<void> {
  // Only Dexie's own promises may be awaited here, or the upgrade transaction would close.
  const rows = await tx.table('assessments').toArray();
  const summaries = rows.flatMap((raw) => {
    const a = restoreAssessment(raw);
    return a ? [summarise(a)] : [];
  });
  await tx.table('summaries').clear();
  await tx.table('summaries').bulkPut(summaries);
}

/** The app's IndexedDB database. Schema versions are only ever added, never changed. */
export class MarkkinapajaDb extends Dexie {
  assessments!: EntityTable<StoredAssessment, 'id'>;
  summaries!: EntityTable<AssessmentSummary, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  quickChecks!: EntityTable<QuickCheck, 'id'>;

  constructor(name = 'markkinapaja') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(rebuildSummaries);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    // Another tab opened a newer version: let it upgrade, and tell this tab's user to reload.
    this.on('versionchange', () => {
      this.close();
      emitDatabaseEvent('newerVersionElsewhere');
      return false;
    });
    // This tab wants to upgrade but an older tab still holds the database open.
    this.on('blocked', () => emitDatabaseEvent('blockedByOtherTab'));
  }
}

let current: MarkkinapajaDb | null = null;

/** The database the app uses; opened lazily so that tests can swap it. */
export function db(): MarkkinapajaDb {
  current ??= new MarkkinapajaDb();
  return current;
}

/** Replaces the database (tests: a fresh one each). Closes the old one. */
export function useDatabase(next: MarkkinapajaDb): void {
  current?.close();
  current = next;
}

/**
 * Starts opening the database now, so that it is ready when the first screen asks; a failure
 * is reported by that first query, where the screen can show it.
 */
export function openEarly(): void {
  db()
    .open()
    .catch(() => undefined);
}
