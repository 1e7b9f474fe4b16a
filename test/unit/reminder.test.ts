import { describe, expect, it } from 'vitest';
import { needsBackupReminder } from '../../src/domain/reminder';

const now = new Date('2026-11-22T12:00:00Z');
const base = { persisted: false, lastBackupAt: null, oldestCreatedAt: '2026-11-01T10:00:00Z', now };

describe('the backup reminder', () => {
  it('reminds when storage is not promised and nothing was backed up for over a week', () => {
    expect(needsBackupReminder(base)).toBe(true);
    expect(needsBackupReminder({ ...base, lastBackupAt: '2026-11-10T10:00:00Z' })).toBe(true);
    expect(needsBackupReminder({ ...base, persisted: null })).toBe(true);
  });

  it('stays quiet with a recent backup, promised storage, new work or no work', () => {
    expect(needsBackupReminder({ ...base, lastBackupAt: '2026-11-20T10:00:00Z' })).toBe(false);
    expect(needsBackupReminder({ ...base, persisted: true })).toBe(false);
    expect(needsBackupReminder({ ...base, oldestCreatedAt: '2026-11-19T10:00:00Z' })).toBe(false);
    expect(needsBackupReminder({ ...base, oldestCreatedAt: null })).toBe(false);
  });
});
