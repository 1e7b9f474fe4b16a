import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

describe('the closing step', () => {
  it('fetches the PDF fonts while idle, before the PDF is asked for', async () => {
    const fetched: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      fetched.push(String(input));
      return new Response(new Uint8Array([0, 1, 2]));
    });
    const a = await createAssessment({ name: 'Esperi kotihoito', perspective: 'both' });
    await renderApp(`/a/${a.id}/checkpoint`);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    await vi.waitFor(() => expect(fetched).toContain('/fonts/NotoSans-Regular.ttf'), {
      timeout: 5000,
    });
    expect(fetched).toContain('/fonts/NotoSans-Bold.ttf');
  });
});
