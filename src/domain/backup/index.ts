export * from './format';
export { checkBackup } from './check';
export { parseBackup, RECORDS, type RecordDefinitions } from './parse';
export { LADDER, backupFileSchema } from './versions';
