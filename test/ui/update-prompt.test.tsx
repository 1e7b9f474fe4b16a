import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { offerUpdate } from '../../src/pwa/update';
import { renderApp } from '../helpers/render';

describe('the update prompt', () => {
  it('shows only while a new version waits, and Later puts it off', async () => {
    await renderApp('/', 'fi');
    await screen.findByRole('heading', { level: 1, name: 'Arviointisi' });
    expect(screen.queryByText('Markkinapajasta on uusi versio valmiina.')).toBeNull();

    const install = vi.fn(async () => undefined);
    act(() => offerUpdate(install));
    const prompt = (await screen.findByText('Markkinapajasta on uusi versio valmiina.')).closest(
      '[role="status"]',
    );
    expect(prompt?.textContent).toContain('tallentaa ensin vastauksesi');
    fireEvent.click(screen.getByRole('button', { name: 'Myöhemmin' }));
    await waitFor(() =>
      expect(screen.queryByText('Markkinapajasta on uusi versio valmiina.')).toBeNull(),
    );
    expect(install).not.toHaveBeenCalled();
  });

  it('installs the new version on Update, in the language in use', async () => {
    await renderApp('/', 'sv');
    await screen.findByRole('heading', { level: 1, name: 'Dina bedömningar' });
    let finish: () => void = () => undefined;
    const install = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    act(() => offerUpdate(install));
    fireEvent.click(await screen.findByRole('button', { name: 'Uppdatera' }));
    expect(install).toHaveBeenCalledTimes(1);
    // While the page is about to reload, the buttons cannot be pressed twice.
    const busy = await screen.findByRole('button', { name: 'Uppdaterar…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Senare' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    finish();
  });
});
