import { afterEach, describe, expect, it, vi } from 'vitest';
import { askToKeepDataAfterFirstSave, flushSaves } from '../../src/storage';
import { saveNow } from '../../src/storage/autosave/queue';

function fakeStorage() {
  const persist = vi.fn(async () => true);
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });
  return persist;
}

afterEach(async () => {
  await flushSaves();
  Reflect.deleteProperty(navigator, 'storage');
});

describe('asking the browser to keep the data', () => {
  it('happens after the first saved answer, once per device', async () => {
    const persist = fakeStorage();
    askToKeepDataAfterFirstSave();
    expect(persist).not.toHaveBeenCalled();

    await saveNow('a', async () => undefined);
    expect(persist).toHaveBeenCalledTimes(1);
    await saveNow('b', async () => undefined);
    expect(persist).toHaveBeenCalledTimes(1);

    // A later start of the app on the same device does not ask again.
    askToKeepDataAfterFirstSave();
    await saveNow('c', async () => undefined);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does nothing where the browser cannot be asked', async () => {
    expect(() => askToKeepDataAfterFirstSave()).not.toThrow();
    await saveNow('a', async () => undefined);
  });
});
