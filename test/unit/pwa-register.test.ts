import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (event: unknown) => void;

const fake = vi.hoisted(() => {
  /** Stands in for workbox-window: records what the app asks and fires its events on demand. */
  class FakeWorkbox {
    static last: FakeWorkbox | null = null;
    readonly handlers = new Map<string, Handler[]>();
    readonly calls: string[] = [];
    readonly registration = { update: vi.fn(() => Promise.resolve()) };
    constructor(readonly url: string) {
      FakeWorkbox.last = this;
    }
    addEventListener(type: string, handler: Handler) {
      this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    }
    fire(type: string, event: unknown = {}) {
      this.handlers.get(type)?.forEach((h) => h(event));
    }
    messageSkipWaiting() {
      this.calls.push('skipWaiting');
    }
    async register() {
      return this.registration;
    }
  }
  return { FakeWorkbox };
});

vi.mock('workbox-window', () => ({ Workbox: fake.FakeWorkbox }));

/** navigator.serviceWorker with a controller, as on any visit after the first. */
function fakeContainer(controlled: boolean) {
  const target = new EventTarget() as EventTarget & { controller: object | null };
  target.controller = controlled ? {} : null;
  Object.defineProperty(navigator, 'serviceWorker', { value: target, configurable: true });
  return target;
}

let reload: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.resetModules();
  reload = vi.fn();
  Object.defineProperty(window, 'location', {
    value: { ...window.location, reload },
    configurable: true,
    writable: true,
  });
});

afterEach(() => {
  // The fake container stays only for this file's tests.
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

async function start(controlled = true, saves: 'ok' | 'fail' = 'ok') {
  const container = fakeContainer(controlled);
  const order: string[] = [];
  const { registerServiceWorker } = await import('../../src/pwa/register');
  const update = await import('../../src/pwa/update');
  await registerServiceWorker({
    beforeReload: async () => {
      order.push('flushSaves');
      if (saves === 'fail') throw new Error('An answer is not saved yet.');
    },
  });
  const wb = fake.FakeWorkbox.last!;
  return { container, order, update, wb };
}

describe('the service worker registration', () => {
  it('offers a waiting version and takes nothing over by itself', async () => {
    const { container, update, wb } = await start();
    expect(wb.url).toBe('/sw.js');
    expect(update.isUpdateReady()).toBe(false);

    wb.fire('waiting');
    expect(update.isUpdateReady()).toBe(true);
    expect(wb.calls).toEqual([]);
    container.dispatchEvent(new Event('controllerchange'));
    // Changed elsewhere (another tab accepted): offered again here, not reloaded.
    expect(reload).not.toHaveBeenCalled();
  });

  it('on Update, saves first, then lets the new worker take over and reloads once it does', async () => {
    const { container, order, update, wb } = await start();
    wb.fire('waiting');
    await update.acceptUpdate();
    expect([...order, ...wb.calls]).toEqual(['flushSaves', 'skipWaiting']);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('keeps the running version while an answer cannot be saved', async () => {
    const { order, update, wb } = await start(true, 'fail');
    wb.fire('waiting');
    await expect(update.acceptUpdate()).rejects.toThrow();
    expect([...order, ...wb.calls]).toEqual(['flushSaves']);
    expect(update.isUpdateReady()).toBe(true);
  });

  it('does not reload or prompt when the first worker takes an uncontrolled page', async () => {
    const { container, update } = await start(false);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    expect(update.isUpdateReady()).toBe(false);
  });

  it('checks for a new version when the app comes back to the foreground', async () => {
    const { wb } = await start();
    expect(wb.registration.update).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(wb.registration.update).toHaveBeenCalledTimes(1);
  });
});
