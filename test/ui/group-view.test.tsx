import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import {
  createAssessment,
  createFollowUp,
  listAssessments,
  listFollowUps,
  updateAssessment,
  updateFollowUp,
} from '../../src/storage';
import { setAt } from '../helpers/changes';
import { renderApp } from '../helpers/render';

const GROUP = 'Kevät 2027 · Seinäjoki';
const path = `/groups/${encodeURIComponent(GROUP)}`;

/** A business of the group that rated its conversations with customers in the workshop. */
async function business(name: string, level: number, target: number) {
  const a = await createAssessment({ name, group: GROUP });
  await updateAssessment(a.id, [
    setAt(['customerSources', 'conversations', 'level'], level),
    setAt(['customerSources', 'conversations', 'target'], target),
  ]);
  return a;
}

const firstSource = (name: string) =>
  within(screen.getByRole('row', { name: new RegExp(name) })).getAllByRole('cell')[2];

describe('the group view', () => {
  it('shows the movement since the workshop, per business and on average', async () => {
    const aurinko = await business('Aurinko', 1, 3);
    const betania = await business('Betania', 2, 3);
    await business('Cedar', 0, 2);
    const f = await createFollowUp(aurinko.id, '2027-03-01');
    await updateFollowUp(f.id, [setAt(['customerLevels', 'conversations', 'now'], 3)]);
    const g = await createFollowUp(betania.id, '2027-03-02');
    await updateFollowUp(g.id, [setAt(['customerLevels', 'conversations', 'now'], 1)]);

    await renderApp(path);
    await screen.findByRole('heading', { level: 1, name: `Ryhmä: ${GROUP}` });
    // The level now is the follow-up's.
    await waitFor(() => expect(firstSource('Aurinko').textContent).toContain('Taso 3, tavoite 3'));
    fireEvent.click(screen.getByRole('radio', { name: 'Muutos työpajan jälkeen' }));
    await waitFor(() =>
      expect(firstSource('Aurinko').textContent).toContain(
        'Työpajassa taso 1, nyt 3, noussut 2 tasoa',
      ),
    );
    expect(firstSource('Betania').textContent).toContain(
      'Työpajassa taso 2, nyt 1, laskenut 1 tason',
    );
    expect(firstSource('Cedar').textContent).toContain('ei seurantaa vielä');
    const average = within(screen.getByRole('row', { name: /Keskiarvo/ })).getAllByRole('cell')[2];
    expect(average.textContent).toContain('Keskimääräinen muutos +0,5');

    fireEvent.click(screen.getByRole('radio', { name: 'Taso nyt ja tavoite' }));
    await waitFor(() => expect(firstSource('Betania').textContent).toContain('Taso 1, tavoite 3'));
  });

  it('draws a long group in steps: every row comes, and catches up with a change of view', async () => {
    const names = Array.from({ length: 45 }, (_, i) => `Yritys ${String(i + 1).padStart(2, '0')}`);
    const ids = [];
    for (const name of names) ids.push((await business(name, 1, 2)).id);
    const f = await createFollowUp(ids[44], '2027-03-01');
    await updateFollowUp(f.id, [setAt(['customerLevels', 'conversations', 'now'], 2)]);

    await renderApp(path);
    await waitFor(() =>
      expect(screen.getAllByRole('row', { name: /^Yritys \d/ })).toHaveLength(45),
    );
    expect(firstSource('Yritys 45').textContent).toContain('Taso 2, tavoite 2');
    fireEvent.click(screen.getByRole('radio', { name: 'Muutos työpajan jälkeen' }));
    await waitFor(() =>
      expect(firstSource('Yritys 45').textContent).toContain('Työpajassa taso 1, nyt 2'),
    );
    expect(firstSource('Yritys 01').textContent).toContain('ei seurantaa vielä');
  });

  it('lists the next checkpoints in date order, the first fifteen until all are asked for', async () => {
    for (let i = 0; i < 17; i++) {
      const a = await business(`Yritys ${String(i + 1).padStart(2, '0')}`, 1, 2);
      const day = String(28 - i).padStart(2, '0');
      await updateAssessment(a.id, [setAt(['checkpoint', 'date'], `2027-05-${day}`)]);
    }
    await renderApp(path);
    const list = await screen.findByRole('region', { name: 'Seuraavat tarkistuspisteet' });
    const links = () =>
      within(list)
        .getAllByRole('link')
        .map((l) => l.textContent);
    await waitFor(() => expect(links()).toHaveLength(15));
    expect(links()[0]).toBe('Yritys 17');
    expect(links()[14]).toBe('Yritys 03');
    fireEvent.click(within(list).getByRole('button', { name: 'Näytä kaikki (17)' }));
    await waitFor(() => expect(links()).toHaveLength(17));
    expect(links().at(-1)).toBe('Yritys 01');
  });

  it('offers no "before → now" view while no business has had a follow-up', async () => {
    await business('Aurinko', 1, 3);
    await renderApp(path);
    await screen.findByRole('row', { name: /Aurinko/ });
    expect(screen.queryByRole('radio', { name: 'Muutos työpajan jälkeen' })).toBeNull();
  });

  it('deletes the group with its businesses after a question, and the undo brings them back', async () => {
    const aurinko = await business('Aurinko', 1, 3);
    await business('Betania', 2, 3);
    await createAssessment({ name: 'Muu yritys' });
    await createFollowUp(aurinko.id, '2027-03-01');

    await renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: 'Poista ryhmä ja sen yritykset' }));
    const dialog = screen.getByRole('dialog', { name: `Poistetaanko ryhmä ${GROUP}?` });
    expect(dialog.textContent).toContain('Ryhmän 2 yritystä poistetaan');
    // Cancelling keeps everything.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    expect((await listAssessments()).length).toBe(3);

    fireEvent.click(screen.getByRole('button', { name: 'Poista ryhmä ja sen yritykset' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Poista ryhmä' }));
    await screen.findByText(`Ryhmä ${GROUP} ja sen 2 yritystä poistettiin.`);
    expect((await listAssessments()).map((s) => s.name)).toEqual(['Muu yritys']);
    expect(await listFollowUps(aurinko.id)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Kumoa' }));
    await waitFor(async () => expect((await listAssessments()).length).toBe(3));
    expect(await listFollowUps(aurinko.id)).toHaveLength(1);
    await waitFor(() =>
      expect(screen.queryByText(`Ryhmä ${GROUP} ja sen 2 yritystä poistettiin.`)).toBeNull(),
    );
    cleanup();
  });
});
