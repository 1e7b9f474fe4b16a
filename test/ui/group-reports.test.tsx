import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/i18n/format';
import { reinstateAssessment } from '../../src/storage';
import { makeGroup } from '../helpers/groups';
import { captureDownloads } from '../helpers/downloads';
import { renderApp } from '../helpers/render';

const GROUP = 'Kevät 2027 · Seinäjoki';

async function openGroup() {
  const { members, secrets } = makeGroup();
  for (const m of members) await reinstateAssessment(m.assessment);
  await renderApp(`/groups/${encodeURIComponent(GROUP)}`);
  const panel = (await screen.findByRole('heading', { name: 'Raportit ryhmästä' })).closest(
    'section',
  ) as HTMLElement;
  return { panel, secrets };
}

describe("the group's reports", () => {
  it('offer a PDF, a spreadsheet and a calendar file in a chosen language', async () => {
    const files = captureDownloads();
    const { panel } = await openGroup();
    const ui = within(panel);
    expect(ui.getByRole('button', { name: 'Ryhmän PDF' })).toBeTruthy();
    const select = ui.getByLabelText('Raportin kieli') as HTMLSelectElement;
    expect(select.value).toBe('fi');

    fireEvent.click(ui.getByRole('button', { name: 'Taulukko (.csv)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const csv = `Kevät-2027-Seinäjoki_ryhmaraportti_${todayIso()}.csv`;
    expect(files[0].name).toBe(csv);
    const text = await files[0].blob.text();
    expect(text).toContain('Hoivakoti Äijälä Oy;');
    expect(await ui.findByText(`Tiedosto on valmis: ${csv}`)).toBeTruthy();
    expect(ui.getByRole('status').textContent).toBe(`Tiedosto on valmis: ${csv}`);

    fireEvent.click(ui.getByRole('button', { name: 'Tarkistuspisteet kalenteriin (.ics)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files[1].name).toBe(`Kevät-2027-Seinäjoki_tarkistuspisteet_${todayIso()}.ics`);
    const ics = await files[1].blob.text();
    // Östra Omsorg has agreed no checkpoint.
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(3);
    expect(ics).toContain('SUMMARY;LANGUAGE=fi:Tarkistuspiste: Terapia Pöllö');
    await waitFor(() =>
      expect(ui.getByRole('button', { name: 'Taulukko (.csv)' }).hasAttribute('disabled')).toBe(
        false,
      ),
    );

    // As a browser picks an option: the value changes, then input and change fire.
    select.value = 'sv';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((done) => setTimeout(done, 0));
    fireEvent.click(ui.getByRole('button', { name: 'Taulukko (.csv)' }));
    await waitFor(() => expect(files).toHaveLength(3));
    expect(files[2].name).toBe(`Kevät-2027-Seinäjoki_grupprapport_${todayIso()}.csv`);
    expect((await files[2].blob.text()).split('\r\n')[0]).toMatch(/^\uFEFFFöretag;Att utveckla;/);
    // The screen stays in Finnish.
    expect(ui.getByRole('button', { name: 'Ryhmän PDF' })).toBeTruthy();
  });

  it('leave the names, people and goals out when anonymous', async () => {
    const files = captureDownloads();
    const { panel, secrets } = await openGroup();
    const ui = within(panel);
    const anonymous = ui.getByRole('checkbox', {
      name: 'Ilman nimiä (rahoittajan raporttiin)',
    }) as HTMLInputElement;
    expect(anonymous.checked).toBe(false);
    expect(anonymous.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      document.getElementById(anonymous.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('Yritys A, B');
    fireEvent.click(anonymous);
    expect(anonymous.checked).toBe(true);

    fireEvent.click(ui.getByRole('button', { name: 'Taulukko (.csv)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    await waitFor(() => expect(ui.getByRole('status').textContent).toMatch(/^Tiedosto on valmis/));
    fireEvent.click(ui.getByRole('button', { name: 'Tarkistuspisteet kalenteriin (.ics)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const [csv, ics] = await Promise.all(files.map((f) => f.blob.text()));
    expect(csv).toContain('Yritys A;');
    // Three of the four have a checkpoint; which codes they got follows the records' random ids.
    expect(ics.match(/SUMMARY;LANGUAGE=fi:Tarkistuspiste: Yritys [A-D]\r\n/g)).toHaveLength(3);
    for (const secret of [...secrets.names, ...secrets.people, ...secrets.goals]) {
      expect(csv).not.toContain(secret);
      expect(ics.replace(/\r\n /g, '')).not.toContain(secret);
    }
  });
});
