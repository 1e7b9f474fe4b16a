import { Dexie, type EntityTable } from 'dexie';
import type { Assessment } from '../domain/assessment';
import type { Perspective } from '../domain/content';

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
  readonly updatedAt: string;
  /** How far it is filled, 0–1. */
  readonly progress: number;
}

/** The app's IndexedDB database. Schema versions are only ever added, never changed. */
export class MarkkinapajaDb extends Dexie {
  assessments!: EntityTable<StoredAssessment, 'id'>;
  summaries!: EntityTable<AssessmentSummary, 'id'>;

  constructor(name = 'markkinapaja') {
    super(name);
    this.version(1).stores({
      // Only what is queried is indexed; the rest of the record is stored as it is.
      assessments: 'id, updatedAt',
      summaries: 'id, updatedAt',
    });
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
