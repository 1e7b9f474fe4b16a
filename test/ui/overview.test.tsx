import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment, getAssessment, updateAssessment } from '../../src/storage';
import { someRatings } from '../helpers/factories';
import { renderApp } from '../helpers/render';

describe('the assessment overview', () => {
  it('shows the details and every step with how far it is answered', async () => {
    const a = await createAssessment({
      name: 'Kotihoito Kaarna',
      perspective: 'paying',
      workshopDate: '2026-11-20',
      participants: [{ name: 'Aino', role: 'Yrittäjä' }],
    });
    await updateAssessment(a.id, someRatings());
    await renderApp(`/a/${a.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kotihoito Kaarna' })).toBeTruthy();
    expect(screen.getByText('Aino (Yrittäjä)')).toBeTruthy();
    expect(screen.getByText('20.11.2026')).toBeTruthy();
    const steps = screen.getByRole('navigation', { name: 'Työpajan vaiheet' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(13);
    const sources = within(steps).getByText('Asiakastiedon lähteet').closest('li')!;
    expect(sources.textContent).toContain('2/11 vastattu');
    expect(within(steps).getByRole('heading', { name: 'Osa 2: Kilpailijatieto' })).toBeTruthy();
  });

  it('deletes at once and offers an undo on the home screen', async () => {
    const a = await createAssessment({ name: 'Poistettava Oy' });
    await updateAssessment(a.id, someRatings());
    const before = await getAssessment(a.id);
    await renderApp(`/a/${a.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Poista arviointi' }));
    expect(await screen.findByRole('heading', { name: 'Arviointisi' })).toBeTruthy();
    expect(await getAssessment(a.id)).toBeUndefined();
    expect(screen.getByText('Poistettava Oy poistettiin.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Kumoa' }));
    await waitFor(async () => expect(await getAssessment(a.id)).toEqual(before));
    expect(await screen.findByRole('link', { name: 'Poistettava Oy' })).toBeTruthy();
    expect(screen.queryByText('Poistettava Oy poistettiin.')).toBeNull();
  });

  it('says so when the assessment is not on this device', async () => {
    await renderApp('/a/unknown-id');
    expect(await screen.findByText('Tätä arviointia ei löydy tältä laitteelta.')).toBeTruthy();
  });
});
