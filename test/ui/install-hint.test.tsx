import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { listenForInstallPrompt } from '../../src/pwa';
import { renderApp } from '../helpers/render';

describe('the install hint', () => {
  it('appears on the home screen when the browser offers installing, and opens its dialog', async () => {
    listenForInstallPrompt();
    await renderApp('/', 'fi');
    await screen.findByRole('heading', { level: 1, name: 'Arviointisi' });
    expect(screen.queryByRole('button', { name: 'Asenna Markkinapaja' })).toBeNull();

    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: vi.fn(async () => undefined),
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    act(() => {
      window.dispatchEvent(offer);
    });
    // The browser's own mini-infobar is held back; the app's hint shows instead.
    expect(offer.defaultPrevented).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Asenna Markkinapaja' }));
    expect(offer.prompt).toHaveBeenCalledTimes(1);
    // An offer can be used once.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Asenna Markkinapaja' })).toBeNull(),
    );
  });
});
