export * from './repository';
export * from './hooks';
export * from './save-queue';
export { StorageError, classifyStorageError, type StorageProblem } from './errors';
export { openEarly } from './db';
export * from './backup';
export { onDatabaseEvent, type DatabaseEvent } from './db';
