import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render';

describe('the accessibility statement', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('names the publisher and the feedback address set at build time', async () => {
    vi.stubEnv('VITE_PUBLISHER_NAME', 'Esimerkin ammattikorkeakoulu');
    vi.stubEnv('VITE_FEEDBACK_EMAIL', 'saavutettavuus@example.fi');
    await renderApp('/accessibility', 'fi');
    await screen.findByRole('heading', { level: 1, name: 'Saavutettavuusseloste' });
    expect(screen.getByText('Palvelun julkaisija: Esimerkin ammattikorkeakoulu')).toBeTruthy();
    const mail = screen.getByRole('link', { name: 'saavutettavuus@example.fi' });
    expect(mail.getAttribute('href')).toBe('mailto:saavutettavuus@example.fi');
    expect(screen.getByText(/Lupa- ja valvontavirasto/)).toBeTruthy();
  });

  it('says plainly when the build sets neither', async () => {
    vi.stubEnv('VITE_PUBLISHER_NAME', '');
    vi.stubEnv('VITE_FEEDBACK_EMAIL', '');
    await renderApp('/accessibility', 'sv');
    await screen.findByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' });
    expect(screen.getByText(/utgivaren har inte angetts/)).toBeTruthy();
    expect(screen.getByText(/Ingen responsadress har angetts/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /@/ })).toBeNull();
  });
});
