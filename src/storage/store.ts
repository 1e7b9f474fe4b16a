/**
 * Everything that needs Dexie, loaded after the first screen is drawn (see door.ts). Nothing
 * outside storage imports this module; it comes through the door.
 */
export * from './repository';
export * from './follow-ups';
export * from './groups';
export * from './quick-checks';
export * from './backup';
export { lastBackupAt } from './settings';
export { openEarly } from './db';
export { liveQuery } from 'dexie';
