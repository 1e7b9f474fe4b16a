import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, isLostConnection, StorageError } from '../../src/storage/errors';

const dom = (name: string, message = '') => new DOMException(message, name);
const named = (name: string, message = '', extra: object = {}) =>
  Object.assign(new Error(message), { name }, extra);

describe('storage errors in every shape browsers give them', () => {
  it.each([
    ['a QuotaExceededError DOMException (Chromium, Safari)', dom('QuotaExceededError', 'full')],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full', dom('QuotaExceededError'))],
    [
      "Dexie's AbortError wrapping one as inner",
      new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')),
    ],
    [
      'an AbortError wrapping one as cause',
      named('AbortError', 'aborted', { cause: dom('QuotaExceededError') }),
    ],
    [
      'an AbortError wrapping a Dexie error wrapping one',
      new Dexie.AbortError(
        'aborted',
        new Dexie.QuotaExceededError('full', dom('QuotaExceededError')),
      ),
    ],
    ['a bulk write that failed on quota', new Dexie.BulkError('bulk', [dom('QuotaExceededError')])],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED", named('NS_ERROR_DOM_QUOTA_REACHED')],
    ['Firefox naming it only in the message', named('Error', 'NS_ERROR_DOM_QUOTA_REACHED')],
    ['the legacy code 22 (old Safari)', named('Error', '', { code: 22 })],
    ["Firefox's legacy code 1014", named('Error', '', { code: 1014 })],
    ['a message about the quota', named('UnknownError', 'Quota exceeded while writing')],
    ['a classified error wrapping one', new StorageError('quota', dom('QuotaExceededError'))],
  ])('quota: %s', (_label, e) => {
    expect(classifyStorageError(e)).toBe('quota');
    expect(classifyStorageError(new StorageError(classifyStorageError(e), e))).toBe('quota');
  });

  it.each([
    ["Dexie's MissingAPIError (no IndexedDB)", new Dexie.MissingAPIError()],
    ['a DOMException InvalidStateError (Firefox private window)', dom('InvalidStateError')],
    [
      "Dexie's OpenFailedError around one",
      new Dexie.OpenFailedError(
        dom(
          'InvalidStateError',
          'A mutation operation was attempted on a database that did not allow mutations.',
        ),
      ),
    ],
    ['a SecurityError (storage blocked)', dom('SecurityError')],
    ['an UnknownError (Safari private mode)', dom('UnknownError')],
    ['a plain error saying IndexedDB is not available', new Error('indexedDB is not available')],
  ])('unavailable: %s', (_label, e) => {
    expect(classifyStorageError(e)).toBe('unavailable');
  });

  it.each([
    ['a TypeError', new TypeError('x is undefined')],
    ['a missing assessment', new Error('No assessment abc')],
    ['a number 22 in a message', new Error('Step 22 of 30 failed')],
    ['not an error at all', 'boom'],
    ['null', null],
  ])('unknown: %s', (_label, e) => {
    expect(classifyStorageError(e)).toBe('unknown');
  });

  it('does not loop on an error that wraps itself', () => {
    const e = named('AbortError') as Error & { inner?: unknown };
    e.inner = e;
    expect(classifyStorageError(e)).toBe('unknown');
  });
});

describe('a lost database connection', () => {
  it.each([
    ["Dexie's DatabaseClosedError", new Dexie.DatabaseClosedError()],
    [
      'the browser closing the connection',
      dom('InvalidStateError', 'The database connection is closing.'),
    ],
    [
      "Safari's lost connection after the background",
      dom(
        'UnknownError',
        'Connection to Indexed Database server lost. Refresh the page to try again',
      ),
    ],
    [
      'one wrapped by a classified error',
      new StorageError('unknown', new Dexie.DatabaseClosedError()),
    ],
  ])('is recognised: %s', (_label, e) => {
    expect(isLostConnection(e)).toBe(true);
  });

  it.each([
    ['a quota error', new Dexie.AbortError('aborted', dom('QuotaExceededError'))],
    ['no IndexedDB', new Dexie.MissingAPIError()],
    ['a plain failure', new Error('No assessment abc')],
  ])('is not confused with %s', (_label, e) => {
    expect(isLostConnection(e)).toBe(false);
  });
});
