import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment, getAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

const GROUP = 'Kevät 2027 · Seinäjoki';

describe('groups', () => {
  it('are set on the start step and filter the home screen, which links to the group view', async () => {
    const a = await createAssessment({ name: 'Palvelukoti Pihlaja' });
    await createAssessment({ name: 'Terapia Tuuli' });
    await createAssessment({ name: 'Kotihoito Kuusi', group: 'Syksy 2026' });
    await renderApp(`/a/${a.id}/start`);
    const field = await screen.findByLabelText('Ryhmä');
    // The groups already on the device are offered.
    const list = document.getElementById(field.getAttribute('list') ?? '');
    await waitFor(() =>
      expect(list?.querySelector('option')?.getAttribute('value')).toBe('Syksy 2026'),
    );
    fireEvent.input(field, { target: { value: GROUP } });
    fireEvent.blur(field);
    await waitFor(async () => expect((await getAssessment(a.id))?.group).toBe(GROUP));
    cleanup();

    await renderApp('/');
    const cards = await screen.findByRole('list', { name: 'Arviointisi' });
    expect(within(cards).getAllByRole('listitem')).toHaveLength(3);
    const filter = screen.getByLabelText('Ryhmä') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toEqual([
      'Kaikki yritykset',
      GROUP,
      'Syksy 2026',
      'Ei ryhmää',
    ]);
    // As a browser picks an option: the value changes, then input and change fire.
    filter.value = GROUP;
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    filter.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(within(cards).getAllByRole('listitem')).toHaveLength(1));
    expect(cards.textContent).toContain('Palvelukoti Pihlaja');
    expect(cards.textContent).not.toContain('Terapia Tuuli');
    expect(
      screen.getByRole('link', { name: `Avaa ryhmänäkymä: ${GROUP}` }).getAttribute('href'),
    ).toBe(`/groups/${encodeURIComponent(GROUP)}`);

    // The businesses not yet in any group, to place them.
    const none = [...filter.options].find((o) => o.textContent === 'Ei ryhmää');
    filter.value = none?.value ?? 'missing';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    filter.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(cards.textContent).toContain('Terapia Tuuli'));
    expect(within(cards).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('link', { name: /Avaa ryhmänäkymä/ })).toBeNull();
  });

  it('offer no "no group" choice when every assessment has a group', async () => {
    await createAssessment({ name: 'Terapia Tuuli', group: GROUP });
    await renderApp('/');
    const filter = (await screen.findByLabelText('Ryhmä')) as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toEqual(['Kaikki yritykset', GROUP]);
  });

  it('leave the home screen without a filter while no assessment has one', async () => {
    await createAssessment({ name: 'Terapia Tuuli' });
    await renderApp('/');
    await screen.findByRole('list', { name: 'Arviointisi' });
    expect(screen.queryByLabelText('Ryhmä')).toBeNull();
  });
});
