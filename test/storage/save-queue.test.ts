import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSaves, getSaveStatus } from '../../src/storage';
import { saveNow, saveSoon } from '../../src/storage/autosave/queue';

afterEach(async () => {
  await flushSaves();
  vi.useRealTimers();
});

describe('the save queue', () => {
  it('saves typed text once the user pauses, keeping only the newest value', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    saveSoon('name', async () => void saved.push('Ai'));
    vi.advanceTimersByTime(100);
    saveSoon('name', async () => void saved.push('Aino'));
    vi.advanceTimersByTime(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Aino']);
    expect(getSaveStatus()).toEqual({ state: 'saved' });
  });

  it('flushes every waiting save at once (page hidden, language switch)', async () => {
    const saved: string[] = [];
    saveSoon('a', async () => void saved.push('a'), 10_000);
    saveSoon('b', async () => void saved.push('b'), 10_000);
    await flushSaves();
    expect(saved.sort()).toEqual(['a', 'b']);
  });

  it('drops a waiting typed save when a choice for the same field is saved now', async () => {
    const saved: string[] = [];
    saveSoon('x', async () => void saved.push('typed'), 10_000);
    await saveNow('x', async () => void saved.push('chosen'));
    await flushSaves();
    expect(saved).toEqual(['chosen']);
  });

  it('reports a failed save with its cause', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await expect(saveNow('y', async () => Promise.reject(quota))).rejects.toBe(quota);
    expect(getSaveStatus()).toEqual({ state: 'failed', problem: 'quota' });
  });
});
