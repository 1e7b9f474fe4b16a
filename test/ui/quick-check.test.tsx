import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { QUICK_STATEMENTS } from '../../src/domain/quick-check';
import { quickAnswerField } from '../../src/domain/quick-check-answers';
import type { Language } from '../../src/i18n';
import { autosave } from '../../src/storage';
import {
  createQuickCheck,
  getQuickCheck,
  listQuickChecks,
  startWorkshopFrom,
} from '../../src/storage';
import { renderApp } from '../helpers/render';

async function finished(lowOn: readonly string[]) {
  const q = await createQuickCheck();
  for (const s of QUICK_STATEMENTS) {
    await autosave.choose(quickAnswerField(q.id, s), lowOn.includes(s) ? 'no' : 'yes');
  }
  return q;
}

describe('the quick check screens', () => {
  it('saves an answer at once and names the ones still missing', async () => {
    const q = await createQuickCheck();
    await renderApp(`/quick-check/${q.id}`, 'fi');
    const group = await screen.findByRole('group', {
      name: 'Meillä on asiakasrekisteri, jossa on yhteystiedot ja tieto siitä, mitä kukin asiakas on ostanut.',
    });
    fireEvent.click(within(group).getByLabelText('Jonkin verran'));
    await screen.findByText(`1/${QUICK_STATEMENTS.length} vastattu`);
    expect((await getQuickCheck(q.id))?.answers.register).toBe('partly');
    fireEvent.click(screen.getByRole('button', { name: 'Näytä tulos' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      `${QUICK_STATEMENTS.length - 1} väittämää on vielä vastaamatta`,
    );
  });

  it.each([
    ['fi', 'Laita asiakasrekisteri kuntoon', 'Työpajassa: vaihe 5, Asiakasrekisteri'],
    ['sv', 'Få ordning på kundregistret', 'I workshoppen: steg 5, Kundregister'],
    ['en', 'Put your customer register in order', 'In the workshop: step 5, Customer register'],
  ] as const)('shows the result in %s with the step of each area', async (lng, area, where) => {
    const q = await finished(['register', 'followCompetitors']);
    await renderApp(`/quick-check/${q.id}/result`, lng as Language);
    expect(await screen.findByRole('heading', { name: area })).toBeTruthy();
    expect(screen.getByText(where)).toBeTruthy();
  });

  it('deletes one quick check from the list, and the undo brings it back', async () => {
    const q = await finished(['register']);
    await createQuickCheck();
    await renderApp('/quick-check', 'fi');
    const list = await screen.findByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const buttons = within(list).getAllByRole('button', { name: /^Poista Pikakartoitus / });
    expect(buttons).toHaveLength(2);
    // The newest first: the second card is the finished one.
    fireEvent.click(buttons[1]);
    await waitFor(async () =>
      expect((await listQuickChecks()).map((x) => x.id)).not.toContain(q.id),
    );
    expect(await screen.findByText(/^Pikakartoitus .* poistettiin\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kumoa' }));
    await waitFor(async () => expect(await getQuickCheck(q.id)).toMatchObject({ id: q.id }));
    expect((await getQuickCheck(q.id))?.answers.register).toBe('no');
  });

  it('shows the result on the start step, each area linked to its step', async () => {
    const q = await finished(['whyUs', 'payingAndUser']);
    const a = await startWorkshopFrom(q.id, { name: 'Kaarna' });
    await renderApp(`/a/${a.id}/start`, 'fi');
    const summary = await screen.findByRole('region', { name: 'Pikakartoitus ennen työpajaa' });
    const link = within(summary).getByRole('link', {
      name: 'Työpajassa: vaihe 4, Viisi tärkeintä kysymystä',
    });
    expect(link.getAttribute('href')).toBe(`/a/${a.id}/keyQuestions`);
  });
});
