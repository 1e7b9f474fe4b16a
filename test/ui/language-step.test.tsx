import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

describe('switching language on a step', () => {
  it('turns the step’s own texts into the chosen language at once', async () => {
    const a = await createAssessment({ name: 'Kaarna', participants: [] });
    // As in the browser: the first screen's texts only, the workshop's come with the step.
    await renderApp(`/a/${a.id}/start`, 'fi', { firstScreenOnly: true });
    expect(await screen.findByRole('heading', { name: 'Näin työpaja etenee' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(
      await screen.findByRole('heading', { name: 'Så här går workshoppen till' }),
    ).toBeTruthy();
    expect(screen.getByText('Steg 1 av 13 · alla steg')).toBeTruthy();
    expect(screen.queryByText(/Vaihe|Näin työpaja/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'How the workshop goes' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 13 · all steps')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Next: Customer information sources/ })).toBeTruthy();
    expect(screen.queryByText(/Steg 1|Så här/)).toBeNull();
  });
});
