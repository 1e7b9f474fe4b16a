import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment, updateAssessment } from '../../src/storage';
import { someRatings } from '../helpers/factories';
import { renderApp } from '../helpers/render';

describe('the home screen', () => {
  it('invites a first assessment when there is none', async () => {
    await renderApp('/');
    expect(await screen.findByText('Arviointeja ei vielä ole.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Uusi arviointi' }).getAttribute('href')).toBe('/new');
  });

  it('lists every stored assessment with its perspective, date and how far it is filled', async () => {
    const a = await createAssessment({
      name: 'Palvelukoti Pihlaja',
      perspective: 'paying',
      workshopDate: '2026-11-05',
    });
    await updateAssessment(a.id, someRatings());
    await createAssessment({ name: 'Terapia Tuuli', perspective: 'user' });
    await renderApp('/');
    const list = await screen.findByRole('list', { name: 'Arviointisi' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const pihlaja = items.find((li) => li.textContent?.includes('Palvelukoti Pihlaja'))!;
    expect(pihlaja.textContent).toContain('Maksava asiakas');
    expect(pihlaja.textContent).toContain('Työpaja 5.11.2026');
    expect(pihlaja.textContent).toMatch(/\d+\s%\stäytetty/);
    const tuuli = items.find((li) => li.textContent?.includes('Terapia Tuuli'))!;
    expect(tuuli.textContent).toContain('Ei työpajan päivää');
    expect(
      within(pihlaja).getByRole('link', { name: 'Palvelukoti Pihlaja' }).getAttribute('href'),
    ).toBe(`/a/${a.id}`);
  });
});

describe('the home screen with many assessments', () => {
  it('shows fifty at a time, and more on request', async () => {
    for (let i = 1; i <= 60; i++) await createAssessment({ name: `Yritys ${i}` });
    await renderApp('/');
    const list = await screen.findByRole('list', { name: 'Arviointisi' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Näytä 10 lisää (60 yhteensä)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
  });
});
