import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/workshop';
import { setCheckpoint } from '../../src/domain/changes';
import type { Language } from '../../src/i18n';
import { reinstateAssessment, updateAssessment } from '../../src/storage';
import { CalendarButton } from '../../src/ui/components/CalendarButton';
import { CheckpointBadge } from '../../src/ui/screens/home/CheckpointBadge';
import { makeAssessment, makeFullAssessment } from '../helpers/factories';
import { captureDownloads } from '../helpers/downloads';
import { makeI18n } from '../helpers/i18n';

async function renderIn(lng: Language, ui: ComponentChildren) {
  const i18n = await makeI18n(lng);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

const events = (text: string) => text.match(/^BEGIN:VEVENT\r$/gm)?.length ?? 0;

async function stored(a: Assessment = makeFullAssessment()) {
  await reinstateAssessment(a);
  return a;
}

describe('adding the checkpoint to a calendar', () => {
  it('hands over an .ics file named after the business and the date', async () => {
    const files = captureDownloads();
    const a = await stored();
    await renderIn('fi', <CalendarButton a={a} />);
    expect(screen.getByRole('heading', { name: 'Tarkistuspiste kalenteriin' })).toBeTruthy();
    expect(screen.getByText(/muistuttaa siitä 3 päivää ennen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lisää tarkistuspiste kalenteriin' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe('Hoivapalvelu-Aurinko-Oy_tarkistuspiste_2027-06-15.ics');
    expect(files[0].blob.type).toMatch(/^text\/calendar/);
    const text = await files[0].blob.text();
    expect(text).toContain('DTSTART;VALUE=DATE:20270615');
    expect(text).toContain('SUMMARY;LANGUAGE=fi:Tarkistuspiste: Hoivapalvelu Aurinko Oy');
    expect(events(text)).toBe(1);
    expect(
      await screen.findByText(
        'Kalenteritiedosto on valmis: Hoivapalvelu-Aurinko-Oy_tarkistuspiste_2027-06-15.ics. Avaa se, niin tarkistuspiste siirtyy kalenteriin.',
      ),
    ).toBeTruthy();
  });

  it('adds the dates of the planned actions and goals when asked', async () => {
    const files = captureDownloads();
    const a = await stored();
    await renderIn('fi', <CalendarButton a={a} />);
    const also = screen.getByRole('checkbox', {
      name: 'Myös suunniteltujen toimenpiteiden ja tavoitteiden päivät (6)',
    });
    expect((also as HTMLInputElement).checked).toBe(false);
    fireEvent.click(also);
    fireEvent.click(screen.getByRole('button', { name: 'Lisää tarkistuspiste kalenteriin' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const text = await files[0].blob.text();
    expect(events(text)).toBe(1 + 3 + 3);
    expect(text).toContain('DTSTART;VALUE=DATE:20270115');
    expect(text).toContain('SUMMARY;LANGUAGE=fi:Tavoite: Tavoite numero 1');
    expect(text).toContain('SUMMARY;LANGUAGE=fi:Toimenpide: Askel A2');
  });

  it('explains why it cannot be used before the date is agreed', async () => {
    const a = await stored(makeAssessment());
    await renderIn('en', <CalendarButton a={a} />);
    const button = screen.getByRole('button', { name: 'Add the checkpoint to your calendar' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    const why = screen.getByText(
      'Choose the checkpoint date above first. Then you can add it to your calendar.',
    );
    expect(button.getAttribute('aria-describedby')).toBe(why.id);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('writes the file in the language asked for, whatever the screen shows', async () => {
    const files = captureDownloads();
    const a = await stored();
    await renderIn('fi', <CalendarButton a={a} lng="sv" />);
    fireEvent.click(screen.getByRole('button', { name: 'Lisää tarkistuspiste kalenteriin' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe('Hoivapalvelu-Aurinko-Oy_kontrollpunkt_2027-06-15.ics');
    expect(await files[0].blob.text()).toContain(
      'SUMMARY;LANGUAGE=sv:Kontrollpunkt: Hoivapalvelu Aurinko Oy',
    );
  });

  it('uses the date as saved last, not as it was when the screen was drawn', async () => {
    const files = captureDownloads();
    const a = await stored();
    await updateAssessment(a.id, [setCheckpoint('date', '2027-08-20')]);
    await renderIn('en', <CalendarButton a={a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add the checkpoint to your calendar' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe('Hoivapalvelu-Aurinko-Oy_checkpoint_2027-08-20.ics');
    expect(await files[0].blob.text()).toContain('DTSTART;VALUE=DATE:20270820');
  });
});

describe('the checkpoint on the home screen', () => {
  const today = '2027-03-30';

  it.each([
    ['fi', '2027-04-04', 'Tarkistuspiste 5 päivän päästä'],
    ['fi', '2027-03-31', 'Tarkistuspiste huomenna'],
    ['fi', today, 'Tarkistuspiste tänään'],
    ['fi', '2027-03-01', 'Tarkistuspiste oli 1.3.2027: nyt on seurannan aika'],
    ['sv', '2027-04-13', 'Kontrollpunkt om 14 dagar'],
    ['sv', '2027-03-01', 'Kontrollpunkten var 1.3.2027: dags för uppföljning'],
    ['en', '2027-04-01', 'Checkpoint in 2 days'],
    ['en', '2027-03-29', 'The checkpoint was on 29/03/2027: time for the follow-up'],
  ] as const)('%s, checkpoint on %s: "%s"', async (lng, date, text) => {
    const { container } = await renderIn(lng, <CheckpointBadge date={date} today={today} />);
    expect(container.textContent).toBe(text);
  });

  it('says nothing without a date or while the checkpoint is more than two weeks away', async () => {
    for (const date of ['', '2027-04-14']) {
      const { container, unmount } = await renderIn(
        'fi',
        <CheckpointBadge date={date} today={today} />,
      );
      expect(container.textContent).toBe('');
      unmount();
    }
  });
});
