import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

/** The lazily loaded screen has drawn its heading (slow on a loaded machine). */
const arrived = () => screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });

async function openStep(step: string, lng: 'fi' | 'sv' | 'en' = 'fi') {
  const a = await createAssessment({ name: 'Kotihoito Kaarna' });
  await renderApp(`/a/${a.id}/${step}`, lng);
  await arrived();
  return a;
}

/** Pastes a text into a field as the browser does: it keeps only what fits in maxLength. */
function paste(field: HTMLInputElement, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.assign(event, { clipboardData: { getData: () => text } });
  fireEvent(field, event);
  fireEvent.input(field, { target: { value: text.slice(0, field.maxLength) } });
}

describe('a text near its limit', () => {
  it('says at the business name that a pasted 300-character name did not fit', async () => {
    await openStep('start');
    const name = screen.getByLabelText('Yrityksen nimi') as HTMLInputElement;
    expect(screen.queryByText(/merkkiä/)).toBeNull();
    paste(name, 'K'.repeat(300));
    const said = 'Liitetty teksti ei mahtunut kokonaan: kenttään mahtuu 200 merkkiä.';
    const shown = await screen.findAllByText(said);
    // Once beside the field (and in its description), once politely for screen readers.
    expect(shown.some((e) => e.closest('[aria-live="polite"]'))).toBe(true);
    const counter = shown.find((e) => e.id)!;
    expect(name.getAttribute('aria-describedby')).toContain(counter.id);
  });

  it('counts down near the limit, in the language in use', async () => {
    await openStep('start', 'sv');
    const name = screen.getByLabelText('Företagets namn') as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'K'.repeat(150) } });
    expect(screen.queryByText(/tecken kvar/)).toBeNull();
    fireEvent.input(name, { target: { value: 'K'.repeat(188) } });
    expect(await screen.findByText('12 tecken kvar')).toBeTruthy();
    fireEvent.input(name, { target: { value: 'K'.repeat(200) } });
    expect(await screen.findAllByText('Fältet är fullt: det rymmer 200 tecken.')).toHaveLength(2);
  });

  it('also on the new-assessment form', async () => {
    await renderApp('/new', 'en');
    const name = (await screen.findByLabelText(/Business name/)) as HTMLInputElement;
    paste(name, 'K'.repeat(300));
    expect(
      await screen.findAllByText(
        'The pasted text did not fit in full: this field holds 200 characters.',
      ),
    ).toHaveLength(2);
  });
});

describe('room to write on a phone', () => {
  it('gives each goal a multi-line text area', async () => {
    await openStep('goals');
    const goals = screen.getAllByLabelText('Tavoite');
    expect(goals).toHaveLength(3);
    for (const g of goals) expect(g.tagName).toBe('TEXTAREA');
  });
});
