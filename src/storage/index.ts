export * from './door';
export * from './hooks';
export * from './autosave';
export { StorageError, classifyStorageError, type StorageProblem } from './errors';
export { askToKeepDataAfterFirstSave, readStorageState, type StorageState } from './persistence';
export { onDatabaseEvent, type DatabaseEvent } from './events';
