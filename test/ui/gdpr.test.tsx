import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render';

describe('the GDPR background page', () => {
  it('renders its sections in Finnish', async () => {
    await renderApp('/gdpr', 'fi');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'GDPR ja asiakastieto' }),
    ).toBeTruthy();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toHaveLength(9);
    expect(sections).toContain('GDPR ei estä keräämästä asiakastietoa');
    expect(sections).toContain('Terveystiedot vaativat erityistä huolellisuutta');
    expect(screen.getByText(/ei oikeudellista neuvontaa/)).toBeTruthy();
    expect(screen.getByText(/kuukauden kuluessa/)).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('GDPR ja asiakastieto – Markkinapaja'));
  });

  it('renders its sections in Swedish', async () => {
    await renderApp('/gdpr', 'sv');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'GDPR och kundinformation' }),
    ).toBeTruthy();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toHaveLength(9);
    expect(sections).toContain('Vad era kunder har rätt till');
    expect(screen.getByText(/dataskyddsbeskrivning/)).toBeTruthy();
  });

  it('leads home when opened directly', async () => {
    await renderApp('/gdpr', 'en');
    const back = (await screen.findAllByRole('link', { name: 'Back' }))[0];
    expect(back.getAttribute('href')).toBe('/');
  });
});
