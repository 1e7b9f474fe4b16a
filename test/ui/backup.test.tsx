import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../src/domain/backup';
import { createQuickCheck } from '../../src/domain/quick-check-answers';
import { createAssessment, listAssessments } from '../../src/storage';
import { db } from '../../src/storage/db';
import { makeFullAssessment } from '../helpers/factories';
import { asVersion1, followUpOf } from '../helpers/follow-ups';
import { renderApp } from '../helpers/render';

const NOW = '2026-11-22T12:00:00.000Z';

function pickFiles(input: HTMLElement, files: { name: string; text: string }[]) {
  const list = files.map((f) => new File([f.text], f.name, { type: 'application/json' }));
  Object.defineProperty(input, 'files', { value: list, configurable: true });
  // A real change event: the testing library's change() sends an input event.
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the backup screen', () => {
  it('restores valid files, names the refused ones, and asks before touching one already here', async () => {
    const full = makeFullAssessment();
    await renderApp('/backup');
    const input = await screen.findByLabelText('Valitse varmuuskopiotiedostot');
    pickFiles(input, [
      { name: 'aurinko.json', text: serializeBackup([full], '0.1.0', NOW) },
      { name: 'rikki.json', text: '{"format":"markkinapaja-backup"' },
    ]);
    expect(await screen.findByText('1 arviointi palautettiin.')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('rikki.json ei ole varmuuskopiotiedosto');
    expect(alert.textContent).toContain('Tästä tiedostosta ei kirjoitettu mitään');

    pickFiles(input, [{ name: 'aurinko.json', text: serializeBackup([full], '0.1.0', NOW) }]);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Hoivapalvelu Aurinko Oy on jo tällä laitteella/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Säilytä molemmat' }));
    await waitFor(async () =>
      expect((await listAssessments()).map((a) => a.name).sort()).toEqual([
        'Hoivapalvelu Aurinko Oy',
        'Hoivapalvelu Aurinko Oy (kopio)',
      ]),
    );
  });

  it('gives every file its own verdict by name, and says when nothing was lost', async () => {
    const full = makeFullAssessment();
    const older = JSON.parse(asVersion1(serializeBackup([full], '0.1.0', NOW)));
    // A file from before the last key question's "next step" was asked.
    delete older.assessments[0].keyQuestions.channels.nextStep;
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const other = makeFullAssessment();
    await renderApp('/backup');
    pickFiles(await screen.findByLabelText('Valitse varmuuskopiotiedostot'), [
      { name: 'vanha.json', text: JSON.stringify(older) },
      { name: 'syva.json', text: JSON.stringify({ format: 'markkinapaja-backup', deep }) },
      {
        name: 'seuranta.json',
        text: serializeBackup([other], '0.1.0', NOW, [followUpOf(other, 1)]),
      },
    ]);
    expect(await screen.findByText('2 arviointia palautettiin.')).toBeTruthy();
    expect(screen.getByText('vanha.json: palautettu, 1 arviointi.')).toBeTruthy();
    expect(
      screen.getByText(
        /^vanha\.json on tehty Markkinapajan aiemmalla versiolla\. Mitään ei kadonnut/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('seuranta.json: palautettu, 1 arviointi. Mukana oli 1 seuranta.'),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'syva.json ei ole varmuuskopiotiedosto: se on sisäkkäinen',
    );
    expect(await db().followUps.count()).toBe(1);

    // The verdicts follow a change of language on the same screen.
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByText('vanha.json: återställd, 1 bedömning.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('syva.json är ingen säkerhetskopia');
  });

  it('restores a file of quick checks only, and says so', async () => {
    const q = createQuickCheck(new Date(NOW));
    await renderApp('/backup');
    pickFiles(await screen.findByLabelText('Valitse varmuuskopiotiedostot'), [
      { name: 'pikakartoitus.json', text: serializeBackup([], '0.1.0', NOW, [], [q]) },
    ]);
    expect(await screen.findByText('1 pikakartoitus palautettiin.')).toBeTruthy();
    expect(
      screen.getByText(
        'pikakartoitus.json: palautettu, ei arviointeja. Mukana oli 1 pikakartoitus.',
      ),
    ).toBeTruthy();
    expect(await db().quickChecks.count()).toBe(1);
  });

  it('shows imported text as text, never as markup', async () => {
    const a = makeFullAssessment();
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const evil = { ...a, business: { ...a.business, name: payload } };
    await renderApp('/backup');
    pickFiles(await screen.findByLabelText('Valitse varmuuskopiotiedostot'), [
      { name: 'x.json', text: serializeBackup([evil], '0.1.0', NOW) },
    ]);
    await screen.findByText('1 arviointi palautettiin.');
    fireEvent.click(screen.getByRole('link', { name: 'Takaisin kaikkiin arviointeihin' }));
    expect(await screen.findByText(payload)).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it('saves a backup file of everything and remembers when', async () => {
    await createAssessment({ name: 'Kaarna' });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await renderApp('/backup');
    expect(
      await screen.findByText('Tällä laitteella ei ole vielä tallennettu varmuuskopiota.'),
    ).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Tallenna kaikkien arviointien varmuuskopio' }),
    );
    expect(
      await screen.findByText(/^Varmuuskopio on tallennettu: Markkinapaja_varmuuskopio_/),
    ).toBeTruthy();
    expect(click).toHaveBeenCalled();
    expect(await screen.findByText(/^Viimeisin varmuuskopio tällä laitteella:/)).toBeTruthy();
  });

  it('deletes all data only after a clear confirmation', async () => {
    await createAssessment({ name: 'Kaarna' });
    localStorage.setItem('markkinapaja.language', 'fi');
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    await renderApp('/backup');
    fireEvent.click(await screen.findByRole('button', { name: 'Poista kaikki tietoni' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/poistetaan tältä laitteelta pysyvästi/)).toBeTruthy();
    expect(within(dialog).getByText(/seurannat/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Poista kaikki' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    expect(localStorage.getItem('markkinapaja.language')).toBeNull();
    expect(await db().assessments.count()).toBe(0);
  });
});
