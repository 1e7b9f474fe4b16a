import { Dexie, type EntityTable } from 'dexie';
import type { Assessment } from '../domain/assessment';

/** A stored record: the assessment as the app wrote it; read back through restoreAssessment. */
export type StoredAssessment = Assessment;

/** The app's IndexedDB database. Schema versions are only ever added, never changed. */
export class MarkkinapajaDb extends Dexie {
  assessments!: EntityTable<StoredAssessment, 'id'>;

  constructor(name = 'markkinapaja') {
    super(name);
    this.version(1).stores({
      // Only what is queried is indexed; the rest of the record is stored as it is.
      assessments: 'id, updatedAt',
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
