import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setRating } from '../../src/domain/changes';
import { STEPS } from '../../src/domain/workshop';
import { getAssessment, reinstateAssessment, updateAssessment } from '../../src/storage';
import { makeFullAssessment } from '../helpers/factories';
import { renderApp } from '../helpers/render';

/** A filled assessment on the device, with a facilitator's note on every step. */
async function stored() {
  const full = makeFullAssessment();
  const a = { ...full, notes: Object.fromEntries(STEPS.map((s) => [s, `Sisäinen huomio ${s}`])) };
  await reinstateAssessment(a as typeof full);
  return a;
}

async function present(step: string, lng: 'fi' | 'sv' | 'en' = 'fi') {
  const a = await stored();
  const app = await renderApp(`/a/${a.id}/present/${step}`, lng);
  await screen.findByRole('heading', { level: 1 });
  return { a, ...app };
}

/** The position the screen shows and announces, e.g. "Dia 2 / 4". */
const position = () =>
  within(screen.getByRole('navigation', { name: 'Esityksen diat' })).getByText(
    (_, e) => e?.tagName === 'P',
  ).textContent;
const at = (text: string) => waitFor(() => expect(position()).toBe(text));
const key = (k: string) => fireEvent.keyDown(document.body, { key: k });

describe('the presentation of a step', () => {
  it("shows the step's questions and the team's answers, without notes, help or site chrome", async () => {
    await present('keyQuestions');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Viisi tärkeintä kysymystä' }),
    ).toBeTruthy();
    expect(screen.getByText('Hoivapalvelu Aurinko Oy')).toBeTruthy();
    const slide = screen.getByRole('region', { name: /^Dia 1\/\d+$/ });
    expect(
      within(slide).getByRole('heading', {
        name: 'Kuka asiakkaasi on: ikä, sukupuoli, perhekoko, asuinkunta?',
      }),
    ).toBeTruthy();
    expect(within(slide).getByText('Vastaus who')).toBeTruthy();
    expect(within(slide).getByText('Seuraava who')).toBeTruthy();
    expect(screen.queryByText(/Sisäinen huomio/)).toBeNull();
    expect(screen.queryByText(/Asiakastiedon pitäisi vastata näihin viiteen/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Markkinapaja' })).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });

  it('names every source with its level and target in words, and marks the important one', async () => {
    await present('customerSources');
    const row = screen.getByRole('row', { name: /^Keskustelut asiakkaan kanssa/ });
    expect(within(row).getByText('Yksi tärkeimmistä lähteistämme')).toBeTruthy();
    expect(within(row).getByText('0 – Ei käytössä')).toBeTruthy();
    expect(within(row).getByText('3 – Analysoidaan')).toBeTruthy();
  });

  it('has a presentation for every step of the workshop, none showing its notes', async () => {
    const a = await stored();
    for (const step of STEPS) {
      const { unmount: done, i18n } = await renderApp(`/a/${a.id}/present/${step}`);
      const title = i18n.t(`steps.${step}`);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
      expect(screen.getByRole('region', { name: /^Dia 1\/\d+$/ }).textContent).not.toBe('');
      expect(screen.queryByText(/Sisäinen huomio/)).toBeNull();
      done();
    }
  });

  it('moves through slides with arrows, Page Up/Down, Home and End, then on to the next step', async () => {
    await present('customerSources');
    const total = Number(/\/ (\d+)$/.exec(position()!)![1]);
    expect(total).toBeGreaterThan(1);
    expect(screen.queryByRole('row', { name: /^Asiakasrekisteri/ })).toBeNull();
    key('ArrowRight');
    await at(`Dia 2 / ${total}`);
    key('PageUp');
    await at(`Dia 1 / ${total}`);
    key('PageDown');
    await at(`Dia 2 / ${total}`);
    key('ArrowUp');
    await at(`Dia 1 / ${total}`);
    key('End');
    await at(`Dia ${total} / ${total}`);
    expect(screen.getByRole('row', { name: /^Asiakasrekisteri/ })).toBeTruthy();
    key('Home');
    await at(`Dia 1 / ${total}`);
    key('End');
    await at(`Dia ${total} / ${total}`);
    key('ArrowDown');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Asiakastiedon toimintasuunnitelma' }),
    ).toBeTruthy();
    // Back from the first slide of a step: the last slide of the one before.
    key('ArrowLeft');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Asiakastiedon lähteet' }),
    ).toBeTruthy();
    await at(`Dia ${total} / ${total}`);
    // The buttons do the same.
    fireEvent.click(screen.getByRole('button', { name: 'Edellinen' }));
    await at(`Dia ${total - 1} / ${total}`);
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    await at(`Dia ${total} / ${total}`);
  });

  it("returns to the step's own screen on Escape", async () => {
    await present('goals');
    key('Escape');
    expect(
      await screen.findByRole('textbox', { name: 'Muistiinpanot keskustelusta' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Kolme tärkeintä tavoitetta' }),
    ).toBeTruthy();
  });

  it('follows an edit made elsewhere at once', async () => {
    const { a } = await present('customerSources');
    const row = () => screen.getByRole('row', { name: /^Asiakastapaamiset/ });
    expect(within(row()).getByText('2 – Dokumentoidaan')).toBeTruthy();
    await updateAssessment(a.id, [setRating('customer', 'meetings', 'level', 1)]);
    await waitFor(() => expect(within(row()).getByText('1 – Käytetään')).toBeTruthy());
  });

  it('switches language on the screen', async () => {
    await present('goals');
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'De tre viktigaste målen' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Stäng presentationen' })).toBeTruthy();
  });

  it('is linked from the step screen and from the overview, at the step last worked on', async () => {
    const a = await stored();
    const { unmount } = await renderApp(`/a/${a.id}/grid`);
    const link = await screen.findByRole('link', { name: 'Näytä esityksenä' });
    expect(link.getAttribute('href')).toBe(`/a/${a.id}/present/grid`);
    await waitFor(async () => expect((await getAssessment(a.id))?.lastStep).toBe('grid'));
    unmount();
    await renderApp(`/a/${a.id}`);
    const fromOverview = await screen.findByRole('link', { name: 'Näytä esityksenä' });
    expect(fromOverview.getAttribute('href')).toBe(`/a/${a.id}/present/grid`);
  });
});
