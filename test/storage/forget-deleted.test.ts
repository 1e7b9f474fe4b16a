import { afterEach, describe, expect, it, vi } from 'vitest';
import { followUpField } from '../../src/domain/changes';
import {
  autosave,
  createAssessment,
  createFollowUp,
  deleteAssessment,
  flushSaves,
  hasPendingSaves,
} from '../../src/storage';
import { db } from '../../src/storage/db';
import { rememberDeleted, UNDO_MS } from '../../src/ui/components/recently-deleted';

afterEach(() => {
  vi.useRealTimers();
});

describe('a deleted assessment', () => {
  it('takes the unsaved text of its follow-ups along once its undo time is over', async () => {
    const a = await createAssessment({ name: 'Kotihoito Kaarna' });
    const f = await createFollowUp(a.id);
    const notes = followUpField(f.id, 'notes');
    // The device is full: the follow-up's note cannot be written and waits to be tried again.
    const put = vi
      .spyOn(db().followUps, 'put')
      .mockRejectedValue(new DOMException('Full', 'QuotaExceededError'));
    autosave.type(notes, 'Seurannan muistiinpano');
    await flushSaves();
    expect(hasPendingSaves()).toBe(true);
    expect(autosave.draftOf(notes)).toBe('Seurannan muistiinpano');
    put.mockRestore();

    const removed = await deleteAssessment(a.id);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    rememberDeleted(removed!);
    vi.advanceTimersByTime(UNDO_MS + 1);

    expect(hasPendingSaves()).toBe(false);
    expect(autosave.draftOf(notes)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });
});
