import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  flushOnHide,
  flushSaves,
  getSaveStatus,
  hasPendingSaves,
  RETRY_DELAYS,
  retryFailedSaves,
  subscribeSaveStatus,
  type SaveStatus,
} from '../../src/storage';
import { flushSave, forgetSaves, saveNow, saveSoon } from '../../src/storage/autosave/queue';

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

/** A pretend database: writes fail while it is full, and it records what was written. */
function device() {
  const written: string[] = [];
  let full = false;
  return {
    written,
    fill: () => void (full = true),
    free: () => void (full = false),
    write: (text: string) => async () => {
      if (full) throw quota();
      written.push(text);
    },
  };
}

let statuses: SaveStatus['state'][] = [];
let unsubscribe = () => {};

beforeEach(() => {
  statuses = [];
  unsubscribe = subscribeSaveStatus((s) => statuses.push(s.state));
});

afterEach(async () => {
  unsubscribe();
  forgetSaves();
  await flushSaves();
  vi.useRealTimers();
});

describe('a save that failed', () => {
  it('is tried again by itself after a pause, and the status says saved once it went through', async () => {
    vi.useFakeTimers();
    const disk = device();
    disk.fill();
    saveSoon('goal1', disk.write('Asiakasraati'));
    await vi.advanceTimersByTimeAsync(300);
    expect(getSaveStatus()).toEqual({ state: 'failed', problem: 'quota' });
    expect(hasPendingSaves()).toBe(true);

    disk.free();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0] - 1);
    expect(disk.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.written).toEqual(['Asiakasraati']);
    expect(getSaveStatus()).toEqual({ state: 'saved' });
    expect(hasPendingSaves()).toBe(false);
  });

  it('waits longer each time it fails again, up to a steady pace', async () => {
    vi.useFakeTimers();
    const tries: number[] = [];
    saveSoon('goal1', async () => {
      tries.push(Date.now());
      throw quota();
    });
    await vi.advanceTimersByTimeAsync(300);
    for (let i = 0; i < RETRY_DELAYS.length + 1; i++) {
      await vi.advanceTimersByTimeAsync(RETRY_DELAYS[Math.min(i, RETRY_DELAYS.length - 1)]);
    }
    const gaps = tries.slice(1).map((t, i) => t - tries[i]);
    expect(gaps).toEqual([...RETRY_DELAYS, RETRY_DELAYS[RETRY_DELAYS.length - 1]]);
  });

  it('is tried again at once when another save goes through', async () => {
    const disk = device();
    disk.fill();
    await expect(saveNow('goal1', disk.write('Tavoite'))).rejects.toThrow('full');
    disk.free();
    await saveNow('level', disk.write('taso 2'));
    await vi.waitFor(() => expect(getSaveStatus()).toEqual({ state: 'saved' }));
    expect(disk.written).toEqual(['taso 2', 'Tavoite']);
  });

  it('is tried again when its field loses focus', async () => {
    const disk = device();
    disk.fill();
    saveSoon('a', disk.write('A'), 0);
    await vi.waitFor(() => expect(getSaveStatus().state).toBe('failed'));
    disk.free();
    await flushSave('a');
    expect(disk.written).toEqual(['A']);
    expect(getSaveStatus()).toEqual({ state: 'saved' });
  });

  it('is tried again, all of them, by the Try again button', async () => {
    const disk = device();
    disk.fill();
    saveSoon('a', disk.write('A'), 0);
    await expect(saveNow('b', disk.write('B'))).rejects.toThrow();
    await vi.waitFor(() => expect(getSaveStatus().state).toBe('failed'));
    disk.free();
    await retryFailedSaves();
    await vi.waitFor(() => expect(getSaveStatus()).toEqual({ state: 'saved' }));
    expect(disk.written.sort()).toEqual(['A', 'B']);
  });

  it('is tried again when the page is shown again (space freed in another app)', async () => {
    const disk = device();
    disk.fill();
    const stop = flushOnHide(window);
    try {
      await expect(saveNow('a', disk.write('A'))).rejects.toThrow();
      disk.free();
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(disk.written).toEqual(['A']));
    } finally {
      stop();
    }
  });

  it('never writes an older text over a newer one of the same field', async () => {
    vi.useFakeTimers();
    const disk = device();
    disk.fill();
    saveSoon('goal1', disk.write('vanha'));
    await vi.advanceTimersByTimeAsync(300);
    // The user types on while the retry timer runs; the newer text replaces the failed one.
    saveSoon('goal1', disk.write('uusi'));
    disk.free();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0] + 300);
    await flushSaves();
    expect(disk.written).toEqual(['uusi']);
    expect(getSaveStatus()).toEqual({ state: 'saved' });
  });

  it('keeps the failure banner steady while the user types on, instead of flickering', async () => {
    const disk = device();
    disk.fill();
    saveSoon('goal1', disk.write('A'), 0);
    await vi.waitFor(() => expect(getSaveStatus().state).toBe('failed'));
    statuses = [];
    for (const text of ['As', 'Asi', 'Asia']) {
      saveSoon('goal1', disk.write(text), 0);
      await flushSaves();
    }
    expect(statuses).toEqual([]);
    disk.free();
    saveSoon('goal1', disk.write('Asiakas'), 0);
    await flushSaves();
    expect(statuses).toEqual(['saved']);
    expect(disk.written).toEqual(['Asiakas']);
  });

  it('names the latest problem', async () => {
    await expect(saveNow('a', () => Promise.reject(quota()))).rejects.toThrow();
    const blocked = Object.assign(new Error('no'), { name: 'SecurityError' });
    await expect(saveNow('b', () => Promise.reject(blocked))).rejects.toThrow();
    expect(getSaveStatus()).toEqual({ state: 'failed', problem: 'unavailable' });
  });

  it('is dropped with its assessment, and then never tried again', async () => {
    vi.useFakeTimers();
    const deleted = vi.fn(() => Promise.reject(new Error('No assessment x1')));
    const other = vi.fn(() => Promise.reject(quota()));
    saveSoon('x1:goals.goal1.goal', deleted, 0);
    saveSoon('x2:goals.goal1.goal', other, 0);
    await vi.advanceTimersByTimeAsync(0);
    forgetSaves('x1:');
    expect(getSaveStatus()).toEqual({ state: 'failed', problem: 'quota' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(deleted).toHaveBeenCalledTimes(1);
    expect(other.mock.calls.length).toBeGreaterThan(1);
    forgetSaves('x2:');
    expect(getSaveStatus().state).not.toBe('failed');
    expect(hasPendingSaves()).toBe(false);
  });
});
