import { describe, expect, it } from 'vitest';
import { classifyStorageError, StorageError } from '../../src/storage';

const domException = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('classifyStorageError', () => {
  it.each([
    ['QuotaExceededError', domException('QuotaExceededError')],
    [
      'an AbortError wrapping one',
      Object.assign(domException('AbortError'), { inner: domException('QuotaExceededError') }),
    ],
    ['a cause chain', new Error('write failed', { cause: domException('QuotaExceededError') })],
    ['Firefox', domException('NS_ERROR_DOM_QUOTA_REACHED')],
    ['legacy code 22', Object.assign(domException('Error'), { code: 22 })],
  ])('recognises a quota error: %s', (_label, e) => {
    expect(classifyStorageError(e)).toBe('quota');
  });

  it.each([
    ['no IndexedDB (Dexie)', domException('MissingAPIError', 'IndexedDB API missing')],
    ['blocked in a private window', domException('InvalidStateError')],
    ['security', domException('SecurityError')],
  ])('recognises unavailable storage: %s', (_label, e) => {
    expect(classifyStorageError(e)).toBe('unavailable');
  });

  it('calls anything else unknown, and keeps a classification made before', () => {
    expect(classifyStorageError(new TypeError('x'))).toBe('unknown');
    expect(classifyStorageError(new StorageError('quota', null))).toBe('quota');
  });
});
