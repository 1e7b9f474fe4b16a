import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeEach, expect } from 'vitest';
import { MarkkinapajaDb, useDatabase } from '../../src/storage/db';
import { missingKeys } from './i18n';

// A 2-core machine running the suite in two workers can take more than the default second to
// draw a step; waiting longer changes no outcome, only how long a real failure takes to show.
configure({ asyncUtilTimeout: 4000 });

let n = 0;

beforeEach(() => {
  // A fresh database for every test.
  n += 1;
  useDatabase(new MarkkinapajaDb(`test-${n}-${Math.random().toString(36).slice(2)}`));
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
  missingKeys.length = 0;
});

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
  // A key that was asked for but is missing in a locale fails the test that used it.
  expect(missingKeys, 'translation keys missing').toEqual([]);
});
