import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n';
import { renderApp } from '../helpers/render';

describe('switching language', () => {
  it('turns the whole screen into the chosen language and remembers it', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { name: 'Arviointisi' });
    expect(screen.getByRole('button', { name: 'Suomi' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { name: 'Dina bedömningar' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ny bedömning' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Your assessments' })).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en'));
  });
});
