import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createAssessment, flushSaves, getAssessment } from '../../src/storage';
import { db } from '../../src/storage/db';
import { renderApp } from '../helpers/render';

describe('when a save fails', () => {
  it('says what to do, keeps the typed text, and saves it once storage works again', async () => {
    const a = await createAssessment({ name: 'Kaarna' });
    await renderApp(`/a/${a.id}/goals`);
    const goal = (await screen.findAllByLabelText('Tavoite'))[0];

    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db().assessments, 'put').mockRejectedValue(quota);
    fireEvent.input(goal, { target: { value: 'Asiakasraati' } });
    await flushSaves();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ei tallennettu');
    expect(alert.textContent).toContain('Laitteen tallennustila on täynnä.');
    expect((goal as HTMLInputElement).value).toBe('Asiakasraati');
    expect((await getAssessment(a.id))!.goals.goal1.goal).toBe('');

    put.mockRestore();
    fireEvent.input(goal, { target: { value: 'Asiakasraati!' } });
    await flushSaves();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await getAssessment(a.id))!.goals.goal1.goal).toBe('Asiakasraati!');
    expect(screen.getByRole('status').textContent).toBe('Tallennettu');
  });
});
