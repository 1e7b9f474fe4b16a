import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentField, assessmentRecord, setLastStep } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import type { Language } from '../../src/i18n';
import {
  autosave,
  createAssessment,
  flushSaves,
  getAssessment,
  RETRY_DELAYS,
  updateAssessment,
} from '../../src/storage';
import { db } from '../../src/storage/db';
import { renderApp } from '../helpers/render';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const blocked = () => new DOMException('The operation is insecure.', 'SecurityError');

/** Makes every write fail with this error until the returned function is called. */
function breakWrites(error: () => unknown) {
  const put = vi.spyOn(db().assessments, 'put').mockRejectedValue(error());
  return () => put.mockRestore();
}

async function openGoals(lng: Language = 'fi') {
  const a = await createAssessment({ name: 'Kotihoito Kaarna' });
  // Already the last step seen: opening it saves nothing, so that only the test's saves run.
  await updateAssessment(a.id, [
    setAt(['goals', 'goal2', 'goal'], 'Aiemmin tallennettu'),
    setLastStep('goals'),
  ]);
  const { i18n, unmount } = await renderApp(`/a/${a.id}/goals`, lng);
  const goals = await screen.findAllByLabelText(i18n.t('goalsStep.goal'));
  return { a, i18n, unmount, goal: goals[0] as HTMLInputElement };
}

const stored = async (id: string) => (await getAssessment(id))!;

afterEach(() => {
  // The save queue lives as long as the page; one test's failed saves must not reach the next.
  autosave.forgetEverything();
});

describe('when the device is full', () => {
  it.each([
    ['fi', 'Vapauta tilaa', 'varmuuskopiotiedosto'],
    ['sv', 'Frigör utrymme', 'säkerhetskopia'],
    ['en', 'Free some space', 'backup file'],
  ] as const)(
    'says in %s what to do, keeps the text and what was saved before',
    async (lng, free, backup) => {
      const { a, i18n, goal } = await openGoals(lng);
      const repair = breakWrites(quota);
      fireEvent.input(goal, { target: { value: 'Asiakasraati' } });
      fireEvent.focusOut(goal);
      await flushSaves();

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(i18n.t('app.saveFailed'));
      expect(alert.textContent).toContain(free);
      expect(alert.textContent).toContain(backup);
      expect(alert.textContent).toContain(i18n.t('errors.keptOnScreen'));
      expect(screen.getByRole('button', { name: i18n.t('errors.retry') })).toBeTruthy();
      expect(goal.value).toBe('Asiakasraati');
      expect((await stored(a.id)).goals.goal1.goal).toBe('');
      expect((await stored(a.id)).goals.goal2.goal).toBe('Aiemmin tallennettu');
      repair();
    },
  );

  it('saves the kept text with the Try again button', async () => {
    const { a, i18n, goal } = await openGoals();
    const repair = breakWrites(quota);
    fireEvent.input(goal, { target: { value: 'Asiakasraati' } });
    fireEvent.focusOut(goal);
    await flushSaves();
    await screen.findByRole('alert');

    repair();
    fireEvent.click(screen.getByRole('button', { name: i18n.t('errors.retry') }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await stored(a.id)).goals.goal1.goal).toBe('Asiakasraati');
    expect((await stored(a.id)).goals.goal2.goal).toBe('Aiemmin tallennettu');
    expect(screen.getByRole('status').textContent).toBe(i18n.t('app.saved'));
    expect(goal.value).toBe('Asiakasraati');
  });

  it('saves the kept text when the field loses focus again', async () => {
    const { a, goal } = await openGoals();
    const repair = breakWrites(quota);
    fireEvent.input(goal, { target: { value: 'Asiakasraati' } });
    await flushSaves();
    await screen.findByRole('alert');

    repair();
    fireEvent.focusOut(goal);
    await waitFor(async () => expect((await stored(a.id)).goals.goal1.goal).toBe('Asiakasraati'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('saves the kept text by itself when the user just waits', async () => {
    const { a, goal } = await openGoals();
    const repair = breakWrites(quota);
    fireEvent.input(goal, { target: { value: 'Asiakasraati' } });
    fireEvent.focusOut(goal);
    await flushSaves();
    await screen.findByRole('alert');

    repair();
    // Nothing else is saved meanwhile: only the automatic retry can write it.
    await new Promise((r) => setTimeout(r, 200));
    expect((await stored(a.id)).goals.goal1.goal).toBe('');
    await waitFor(async () => expect((await stored(a.id)).goals.goal1.goal).toBe('Asiakasraati'), {
      timeout: RETRY_DELAYS[0] + 2_000,
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('saves a choice made while full once storage is back', async () => {
    const a = await createAssessment({ name: 'Kotihoito Kaarna' });
    await updateAssessment(a.id, [setLastStep('customerSources')]);
    const { i18n } = await renderApp(`/a/${a.id}/customerSources`);
    const source = i18n.t('sources.customer.meetings');
    const level = await screen.findByRole('group', {
      name: i18n.t('sourcesStep.levelLegend', { source }),
    });
    const repair = breakWrites(quota);
    fireEvent.click(within(level).getAllByRole('radio')[2]);
    await screen.findByRole('alert');
    await flushSaves();
    expect((await stored(a.id)).customerSources.meetings.level).toBeNull();

    repair();
    fireEvent.click(screen.getByRole('button', { name: i18n.t('errors.retry') }));
    await waitFor(async () => expect((await stored(a.id)).customerSources.meetings.level).toBe(2));
  });

  it('shows the unsaved text when the field is shown again before it was saved', async () => {
    const { a, goal, unmount } = await openGoals();
    const repair = breakWrites(quota);
    fireEvent.input(goal, { target: { value: 'Asiakasraati' } });
    fireEvent.focusOut(goal);
    await flushSaves();
    await screen.findByRole('alert');
    unmount();

    // The user comes back to the step: the field shows what they typed, not the older value.
    const { i18n } = await renderApp(`/a/${a.id}/goals`);
    const again = (await screen.findAllByLabelText(i18n.t('goalsStep.goal')))[0];
    expect((again as HTMLInputElement).value).toBe('Asiakasraati');
    repair();
    await flushSaves();
    expect((await stored(a.id)).goals.goal1.goal).toBe('Asiakasraati');
  });

  it('keeps an older failed text from overwriting what the user typed after it', async () => {
    const { a, goal } = await openGoals();
    const repair = breakWrites(quota);
    fireEvent.input(goal, { target: { value: 'Vanha' } });
    await flushSaves();
    await screen.findByRole('alert');
    repair();
    fireEvent.input(goal, { target: { value: 'Uusi' } });
    fireEvent.focusOut(goal);
    await flushSaves();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await stored(a.id)).goals.goal1.goal).toBe('Uusi');
  });
});

describe('a deleted assessment', () => {
  it('takes its failed saves along, so that they are not tried again', async () => {
    const { a, goal } = await openGoals();
    const repair = breakWrites(quota);
    fireEvent.input(goal, { target: { value: 'Poistuu' } });
    await flushSaves();
    await screen.findByRole('alert');
    repair();
    autosave.forget(assessmentRecord(a.id));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await flushSaves();
    expect((await stored(a.id)).goals.goal1.goal).toBe('');
    expect(autosave.draftOf(assessmentField(a.id, 'goals', 'goal1', 'goal'))).toBeUndefined();
  });
});

describe('when the browser does not let the app store data', () => {
  it.each([
    ['fi', 'tavallisessa ikkunassa'],
    ['sv', 'vanligt fönster'],
    ['en', 'normal window'],
  ] as const)('says in %s to use a normal window', async (lng, normal) => {
    const { goal } = await openGoals(lng);
    const repair = breakWrites(blocked);
    fireEvent.input(goal, { target: { value: 'Yksityinen' } });
    await flushSaves();
    expect((await screen.findByRole('alert')).textContent).toContain(normal);
    expect(goal.value).toBe('Yksityinen');
    repair();
  });
});
