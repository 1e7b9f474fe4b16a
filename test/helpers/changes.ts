import type { Change } from '../../src/domain/changes';

/**
 * A change at any path, for tests that build records or write damaged data on purpose. The app
 * itself builds changes only through typed field references.
 */
export function setAt(path: readonly string[], value: unknown): Change {
  return { path, value };
}
