import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

const heading = (name: string) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 15_000 });

describe('the market-orientation background page', () => {
  it('is linked from the start step, like the GDPR page', async () => {
    const a = await createAssessment({ name: 'Kaarna' });
    await renderApp(`/a/${a.id}/start`, 'fi');
    await heading('Aloitus');
    const link = screen.getByRole('link', { name: 'Taustaa: mitä markkinaorientaatio on' });
    expect(link.getAttribute('href')).toBe('/market-orientation');
  });

  it('explains market orientation, the two customers and why information matters, in Finnish', async () => {
    await renderApp('/market-orientation', 'fi');
    expect(await heading('Markkinaorientaatio')).toBeTruthy();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'Mitä markkinaorientaatio on',
      'Maksava asiakas ja käyttäjäasiakas',
      'Miksi asiakas- ja kilpailijatieto kannattaa',
    ]);
    expect(screen.getByText(/kunta tai hyvinvointialue/)).toBeTruthy();
  });

  it('in Swedish and in English', async () => {
    const { unmount } = await renderApp('/market-orientation', 'sv');
    expect(await heading('Marknadsorientering')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Den betalande kunden och brukaren' })).toBeTruthy();
    unmount();
    await renderApp('/market-orientation', 'en');
    expect(await heading('Market orientation')).toBeTruthy();
    expect(screen.getByText(/paying customer's point of view/)).toBeTruthy();
  });
});
