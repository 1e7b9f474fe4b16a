export * from './repository';
export * from './hooks';
export * from './save-queue';
export { StorageError, classifyStorageError, type StorageProblem } from './errors';
export { openEarly } from './db';
export { askToKeepDataAfterFirstSave, readStorageState, type StorageState } from './persistence';
export * from './backup';
export { lastBackupAt } from './settings';
export { onDatabaseEvent, type DatabaseEvent } from './db';
