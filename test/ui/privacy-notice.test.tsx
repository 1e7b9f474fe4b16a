import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment, flushSaves, getAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

const stored = async (id: string) => (await getAssessment(id))!.privacyNotice;

describe('the privacy notice screen', () => {
  it('is reached from the register step', async () => {
    const a = await createAssessment({ name: 'Kotihoito Kaarna' });
    await renderApp(`/a/${a.id}/register`, 'fi');
    const link = await screen.findByRole('link', {
      name: 'Tee rekisteristä tietosuojaselosteen luonnos',
    });
    expect(link.getAttribute('href')).toBe(`/a/${a.id}/privacy-notice`);
  });

  it('saves an edited section, and its reset brings the draft back', async () => {
    const a = await createAssessment({ name: 'Kotihoito Kaarna' });
    await renderApp(`/a/${a.id}/privacy-notice`, 'fi');
    const controller = await screen.findByRole('textbox', {
      name: '1. Rekisterinpitäjä ja yhteystiedot',
    });
    expect((controller as HTMLTextAreaElement).value).toContain(
      'Rekisterinpitäjä: Kotihoito Kaarna',
    );
    expect(screen.getByText('10 kohtaa on vielä täydennettävä.')).toBeTruthy();

    fireEvent.input(controller, { target: { value: 'Kotihoito Kaarna Oy, Y-tunnus 1234567-8' } });
    fireEvent.focusOut(controller);
    await flushSaves();
    expect((await stored(a.id)).texts.fi.controller).toBe(
      'Kotihoito Kaarna Oy, Y-tunnus 1234567-8',
    );
    expect((await stored(a.id)).texts.sv.controller).toBe('');

    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Palauta luonnoksen teksti: 1. Rekisterinpitäjä ja yhteystiedot',
      }),
    );
    await waitFor(async () => expect((await stored(a.id)).texts.fi.controller).toBe(''));
    await waitFor(() =>
      expect((controller as HTMLTextAreaElement).value).toContain('[TÄYDENNÄ: Y-tunnus'),
    );
  });
});
