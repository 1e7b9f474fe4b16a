import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentField, setField } from '../../src/domain/changes';
import { createAssessment, updateAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

const arrived = () => screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the printed summary', () => {
  it('names the business, the workshop date, the participants and the checkpoint', async () => {
    const a = await createAssessment({
      name: 'Kotihoito Kaarna',
      workshopDate: '2026-11-20',
      facilitator: 'Maija',
      participants: [
        { name: 'Aino', role: 'Yrittäjä' },
        { name: 'Pekka', role: '' },
      ],
    });
    await updateAssessment(a.id, [
      setField(assessmentField(a.id, 'checkpoint', 'date'), '2027-03-15'),
      setField(assessmentField(a.id, 'checkpoint', 'who'), 'Aino'),
    ]);
    const { container } = await renderApp(`/a/${a.id}/checkpoint`, 'fi');
    await arrived();
    const header = container.querySelector('.print-header')!;
    expect(header).toBeTruthy();
    // It comes first in the printed content, before the summary.
    expect(
      header.compareDocumentPosition(container.querySelector('.cp-summary')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const text = header.textContent ?? '';
    expect(text).toContain('Kotihoito Kaarna');
    expect(text).toContain('Työpaja20.11.2026');
    expect(text).toContain('FasilitaattoriMaija');
    expect(text).toContain('MukanaAino (Yrittäjä), Pekka');
    expect(text).toContain('Tarkistuspiste15.3.2027 · Tarkistaa: Aino');
  });

  it('prints the grid as its whole table, also from a phone-sized window', async () => {
    let printing = false;
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: printing && query.includes('print'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const a = await createAssessment({ name: 'Kaarna' });
    const { container } = await renderApp(`/a/${a.id}/grid`, 'fi');
    await arrived();
    expect(container.querySelector('.grid-table')).toBeNull();
    printing = true;
    fireEvent(window, new Event('beforeprint'));
    await waitFor(() => expect(container.querySelector('.grid-table')).toBeTruthy());
  });
});
