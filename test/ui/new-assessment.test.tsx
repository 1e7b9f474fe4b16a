import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/domain/workshop';
import { db } from '../../src/storage/db';
import { renderApp } from '../helpers/render';

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the new-assessment form', () => {
  it('asks for the business name and stores nothing without it', async () => {
    await renderApp('/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Luo arviointi' }));
    expect(await screen.findByText('Kirjoita yrityksen nimi.')).toBeTruthy();
    expect(screen.getByLabelText(/Yrityksen nimi/).getAttribute('aria-invalid')).toBe('true');
    expect(await db().assessments.count()).toBe(0);
  });

  it('creates the assessment with its details and opens it', async () => {
    await renderApp('/new');
    await screen.findByRole('heading', { name: 'Uusi arviointi' });
    type('Yrityksen nimi', 'Hoivakoti Kuusela Oy');
    type('Yrityksen toimiala', 'Palveluasuminen');
    fireEvent.click(screen.getByLabelText(/Käyttäjäasiakas/));
    type('Työpajan päivä', '2026-12-03');
    type('Fasilitaattori', 'Maija Mentor');
    type('Osallistujan 1 nimi', 'Aino Ahonen');
    type('Osallistujan 1 rooli', 'Yrittäjä');
    fireEvent.click(screen.getByRole('button', { name: 'Lisää osallistuja' }));
    type('Osallistujan 2 nimi', 'Pekka Peltonen');
    fireEvent.click(screen.getByRole('button', { name: 'Luo arviointi' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hoivakoti Kuusela Oy' }),
    ).toBeTruthy();
    const [stored] = await db().assessments.toArray();
    expect(stored.business).toEqual({
      name: 'Hoivakoti Kuusela Oy',
      field: 'Palveluasuminen',
      perspective: 'user',
      workshopDate: '2026-12-03',
      facilitator: 'Maija Mentor',
    });
    expect(ordered(stored.participants).map((p) => [p.name, p.role])).toEqual([
      ['Aino Ahonen', 'Yrittäjä'],
      ['Pekka Peltonen', ''],
    ]);
    await waitFor(() => expect(location.pathname).toBe(`/a/${stored.id}`));
  });

  it('removes a participant row', async () => {
    await renderApp('/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää osallistuja' }));
    type('Osallistujan 2 nimi', 'Poistettava');
    fireEvent.click(screen.getByRole('button', { name: 'Poista osallistuja 2' }));
    expect(screen.queryByLabelText('Osallistujan 2 nimi')).toBeNull();
  });
});
