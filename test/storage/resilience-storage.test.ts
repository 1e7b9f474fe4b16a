import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { setBusiness } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import {
  createAssessment,
  getAssessment,
  listAssessments,
  StorageError,
  updateAssessment,
} from '../../src/storage';
import { guarded, withReconnect } from '../../src/storage/connection';
import { db } from '../../src/storage/db';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function assessmentWithAnswers() {
  const a = await createAssessment({ name: 'Kotihoito Kaarna' });
  await updateAssessment(a.id, [
    setAt(['goals', 'goal1', 'goal'], 'Asiakasraati keväällä'),
    setAt(['competitorQuestions', 'difference'], 'Tulemme kotiin samana päivänä.'),
  ]);
  return a;
}

describe('a write that fails', () => {
  it('writes nothing: the record and its summary stay exactly as they were', async () => {
    const a = await assessmentWithAnswers();
    const before = await db().assessments.get(a.id);
    const summaryBefore = await db().summaries.get(a.id);
    // The record is written first, then the summary fails: the whole transaction must go.
    const put = vi.spyOn(db().summaries, 'put').mockRejectedValue(quota());

    const failed = updateAssessment(a.id, [
      setAt(['goals', 'goal1', 'goal'], 'Uusi teksti, jota ei tallennettu'),
      setBusiness('name', 'Uusi nimi'),
    ]);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ problem: 'quota' });
    expect(put).toHaveBeenCalled();

    put.mockRestore();
    expect(await db().assessments.get(a.id)).toEqual(before);
    expect(await db().summaries.get(a.id)).toEqual(summaryBefore);
    expect((await getAssessment(a.id))?.goals.goal1.goal).toBe('Asiakasraati keväällä');
    expect((await listAssessments()).map((s) => s.name)).toEqual(['Kotihoito Kaarna']);
  });

  it('leaves the database usable: the next write goes through', async () => {
    const a = await assessmentWithAnswers();
    const put = vi.spyOn(db().assessments, 'put').mockRejectedValueOnce(quota());
    await expect(
      updateAssessment(a.id, [setAt(['goals', 'goal2', 'goal'], 'Ei mahtunut')]),
    ).rejects.toMatchObject({ problem: 'quota' });
    put.mockRestore();
    await updateAssessment(a.id, [setAt(['goals', 'goal2', 'goal'], 'Mahtui')]);
    const read = await getAssessment(a.id);
    expect(read?.goals.goal1.goal).toBe('Asiakasraati keväällä');
    expect(read?.goals.goal2.goal).toBe('Mahtui');
  });
});

describe('a lost database connection', () => {
  it('is reopened and the update is made (the database closed under the app)', async () => {
    const a = await assessmentWithAnswers();
    db().close();
    // Without the reopening a read fails: the connection is really gone.
    await expect(db().assessments.get(a.id)).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });

    await withReconnect(() =>
      updateAssessment(a.id, [setAt(['goals', 'goal3', 'goal'], 'Kirjoitettu taustan jälkeen')]),
    );
    expect(db().isOpen()).toBe(true);
    const read = await getAssessment(a.id);
    expect(read?.goals.goal3.goal).toBe('Kirjoitettu taustan jälkeen');
    expect(read?.goals.goal1.goal).toBe('Asiakasraati keväällä');
  });

  it('is reopened when the browser dropped the connection behind Dexie (Safari)', async () => {
    const a = await assessmentWithAnswers();
    db().backendDB().close();
    await withReconnect(() =>
      updateAssessment(a.id, [setAt(['competitorQuestions', 'learn'], 'Opimme')]),
    );
    expect((await getAssessment(a.id))?.competitorQuestions.learn).toBe('Opimme');
  });

  it('tries once more only: a second failure is thrown as it is', async () => {
    const closed = new Dexie.DatabaseClosedError();
    const op = vi.fn(() => Promise.reject(closed));
    await expect(withReconnect(op)).rejects.toBe(closed);
    expect(op).toHaveBeenCalledTimes(2);
  });

  it('does not retry other failures', async () => {
    const full = quota();
    const op = vi.fn(() => Promise.reject(full));
    await expect(withReconnect(op)).rejects.toBe(full);
    expect(op).toHaveBeenCalledTimes(1);
  });

  it('reopens once for writes that failed together', async () => {
    const a = await assessmentWithAnswers();
    db().close();
    const open = vi.spyOn(db(), 'open');
    await Promise.all(
      (['goal1', 'goal2', 'goal3'] as const).map((g) =>
        withReconnect(() => updateAssessment(a.id, [setAt(['goals', g, 'steps'], `Askel ${g}`)])),
      ),
    );
    expect(open).toHaveBeenCalledTimes(1);
    const read = await getAssessment(a.id);
    expect([read?.goals.goal1.steps, read?.goals.goal2.steps, read?.goals.goal3.steps]).toEqual([
      'Askel goal1',
      'Askel goal2',
      'Askel goal3',
    ]);
  });

  it('is handled by the guarded wrapper for repository transactions, errors classified', async () => {
    const a = await assessmentWithAnswers();
    db().close();
    const name = await guarded(() =>
      db().transaction('r', db().assessments, async () => (await db().assessments.get(a.id))?.id),
    );
    expect(name).toBe(a.id);
    await expect(guarded(() => Promise.reject(quota()))).rejects.toMatchObject({
      problem: 'quota',
    });
  });
});
