import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/** What the browser says about keeping the data. */
function fakeStorage(persisted: boolean, usage: number) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: vi.fn(async () => persisted),
      persist: vi.fn(async () => persisted),
      estimate: vi.fn(async () => ({ usage, quota: 1e10 })),
    },
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('the Your data screen', () => {
  it('says in plain Finnish where the data is, that it is kept and how much space it takes', async () => {
    fakeStorage(true, 1_250_000);
    await renderApp('/your-data', 'fi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tietosi' })).toBeTruthy();
    expect(screen.getByText(/tallentuvat vain tähän selaimeen tällä laitteella/)).toBeTruthy();
    expect(await screen.findByText(/Tämä selain on luvannut säilyttää/)).toBeTruthy();
    expect(
      screen.getByText(
        'Markkinapaja käyttää tällä laitteella noin 1,3 megatavua, sovellus itse mukaan lukien.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/tallenna varmuuskopiotiedosto aina välillä/)).toBeTruthy();
    const backup = screen.getByRole('link', { name: 'Tallenna varmuuskopio' });
    expect(backup.getAttribute('href')).toBe('/backup');
    expect(screen.getByText(/^Sovelluksen versio: \d+\.\d+\.\d+/)).toBeTruthy();
    // Not an iPhone: no 7-day warning.
    expect(screen.queryByText(/7 päivään/)).toBeNull();
    await waitFor(() => expect(document.title).toBe('Tietosi – Markkinapaja'));
  });

  it('in English, says when the browser has not promised to keep the data', async () => {
    fakeStorage(false, 84_000);
    await renderApp('/your-data', 'en');
    expect(await screen.findByText(/^Not promised\./)).toBeTruthy();
    expect(
      screen.getByText(
        'Markkinapaja uses about 84 kilobytes on this device, the app itself included.',
      ),
    ).toBeTruthy();
  });

  it('says so when the browser tells nothing', async () => {
    await renderApp('/your-data', 'sv');
    expect(await screen.findByText(/berättar inte om den behåller/)).toBeTruthy();
    expect(screen.getByText(/berättar inte hur mycket utrymme/)).toBeTruthy();
  });

  it('on an iPhone in Safari, warns about the 7 days and tells how to add the app to the home screen', async () => {
    fakeStorage(false, 50_000);
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE);
    await renderApp('/your-data', 'sv');
    expect(await screen.findByText(/efter 7 dagar utan användning/)).toBeTruthy();
    expect(screen.getByText(/tryck på Dela .* Lägg till på hemskärmen/)).toBeTruthy();
  });

  it('is linked from the footer of every screen', async () => {
    await renderApp('/', 'fi');
    const link = await screen.findByRole('link', { name: 'Tietosi' });
    expect(link.getAttribute('href')).toBe('/your-data');
  });
});
