// The floor's IndexedDB database (Dexie): list rows, one grid record and one report record.
import { Dexie, type EntityTable } from 'dexie';

export interface Row {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
}

export interface Grid {
  readonly id: string;
  readonly cells: Record<string, number | null>;
}

export interface Report {
  readonly id: string;
  readonly sections: readonly { title: string; rows: string[][] }[];
}

export const db = new Dexie('floor') as Dexie & {
  rows: EntityTable<Row, 'id'>;
  grids: EntityTable<Grid, 'id'>;
  reports: EntityTable<Report, 'id'>;
};
db.version(1).stores({ rows: 'id, updatedAt', grids: 'id', reports: 'id' });

/** The same mark the app sets when a save has committed. */
export const SAVE_COMMITTED = 'markkinapaja:save-committed';
