import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/domain/workshop';
import { setRating } from '../../src/domain/changes';
import { createAssessment, flushSaves, getAssessment, updateAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

async function openStep(step: string, lng: 'fi' | 'sv' | 'en' = 'fi') {
  const a = await createAssessment({
    name: 'Kotihoito Kaarna',
    facilitator: 'Maija',
    participants: [{ name: 'Aino', role: 'Yrittäjä' }],
  });
  await renderApp(`/a/${a.id}/${step}`, lng);
  await screen.findByRole('heading', { level: 1 });
  return a;
}

/** Picks an option of a radio group, found by its legend, as a user would. */
function choose(
  group: string | RegExp,
  option: string | RegExp,
  scope: HTMLElement = document.body,
) {
  const fieldset = within(scope).getByRole('group', { name: group });
  fireEvent.click(within(fieldset).getByRole('radio', { name: option }));
}

const stored = async (id: string) => (await getAssessment(id))!;

describe('the source steps', () => {
  it('saves the level, the target and importance, and shows the gap', async () => {
    const a = await openStep('customerSources');
    const card = screen.getByRole('heading', { name: 'Asiakastapaamiset' }).closest('li')!;
    choose('Taso nyt: Asiakastapaamiset', '1 Käytetään', card);
    choose('Tavoitetaso: Asiakastapaamiset', '3 Analysoidaan', card);
    fireEvent.click(within(card).getByRole('checkbox', { name: 'Yksi tärkeimmistä lähteistämme' }));
    await waitFor(async () =>
      expect((await stored(a.id)).customerSources.meetings).toEqual({
        level: 1,
        target: 3,
        important: true,
      }),
    );
    expect(await within(card).findByText('Tavoitteeseen 2 tasoa')).toBeTruthy();
    expect(
      within(card).getByText('Käytössä, dokumentoidaan ja analysoidaan systemaattisesti'),
    ).toBeTruthy();
  });

  it('lists all thirteen competitor sources', async () => {
    await openStep('competitorSources', 'en');
    expect(screen.getAllByRole('group', { name: /^Level today: / })).toHaveLength(13);
    expect(screen.getByRole('heading', { name: 'Google (web search in general)' })).toBeTruthy();
  });
});

describe('the action plan', () => {
  it('proposes a row for every gap, and saves edits, order and removal with undo', async () => {
    const a = await createAssessment({
      name: 'Kaarna',
      participants: [{ name: 'Aino', role: '' }],
    });
    await updateAssessment(a.id, [
      setRating('customer', 'surveys', 'level', 0),
      setRating('customer', 'surveys', 'target', 2),
      setRating('customer', 'facebook', 'level', 1),
      setRating('customer', 'facebook', 'target', 3),
      setRating('customer', 'meetings', 'level', 2),
      setRating('customer', 'meetings', 'target', 2),
    ]);
    await renderApp(`/a/${a.id}/customerPlan`);
    expect(
      await screen.findByText(
        '2 lähdettä on alle tavoitetason, eikä niille ole vielä suunnitelmaa',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kaikki suunnitelmaan' }));
    await screen.findByRole('heading', { name: 'Toimenpide 2' });
    let rows = ordered((await stored(a.id)).customerPlan);
    expect(rows.map((r) => r.sourceId)).toEqual(['surveys', 'facebook']);

    fireEvent.input(screen.getAllByLabelText('Askeleet')[0], {
      target: { value: 'Kysely\nYhteenveto' },
    });
    fireEvent.input(screen.getAllByLabelText('Vastuuhenkilö')[0], { target: { value: 'Aino' } });
    fireEvent.input(screen.getAllByLabelText('Aikataulu (päivä)')[0], {
      target: { value: '2027-02-01' },
    });
    await flushSaves();
    rows = ordered((await stored(a.id)).customerPlan);
    expect(rows[0]).toMatchObject({
      steps: 'Kysely\nYhteenveto',
      responsible: 'Aino',
      date: '2027-02-01',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Siirrä toimenpide 2 ylös' }));
    await waitFor(async () =>
      expect(ordered((await stored(a.id)).customerPlan).map((r) => r.sourceId)).toEqual([
        'facebook',
        'surveys',
      ]),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Poista toimenpide 2' }));
    await waitFor(async () =>
      expect(Object.keys((await stored(a.id)).customerPlan)).toHaveLength(1),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kumoa' }));
    await waitFor(async () =>
      expect(ordered((await stored(a.id)).customerPlan)[1]).toMatchObject({
        sourceId: 'surveys',
        steps: 'Kysely\nYhteenveto',
      }),
    );
  });
});

describe('the key questions', () => {
  it('asks what is missing once the answer is partly or no', async () => {
    const a = await openStep('keyQuestions');
    expect(screen.queryByLabelText('Mitä tietoa puuttuu?')).toBeNull();
    choose(/^Pystymmekö vastaamaan: Kuka asiakkaasi on/, 'Ei');
    const missing = await screen.findByLabelText('Mitä tietoa puuttuu?');
    fireEvent.input(missing, { target: { value: 'Ikäjakauma' } });
    fireEvent.blur(missing);
    await waitFor(async () =>
      expect((await stored(a.id)).keyQuestions.who).toMatchObject({
        canAnswer: 'no',
        missing: 'Ikäjakauma',
      }),
    );
  });
});

describe('the register', () => {
  it('suggests a register when there is none and records the GDPR check', async () => {
    const a = await openStep('register');
    choose('Onko yrityksellä asiakasrekisteri?', 'Ei');
    expect(
      await screen.findByText('Asiakasrekisterin perustaminen on hyvä seuraava kehittämisaskel.'),
    ).toBeTruthy();
    choose('Rekisteristä on ajantasainen tietosuojaseloste', 'Kyllä');
    choose('Rekisterissä: Asiakkaan sähköpostiosoite', 'Ei');
    await waitFor(async () => {
      const r = (await stored(a.id)).register;
      expect(r.exists).toBe('no');
      expect(r.gdpr.privacyNotice).toBe('yes');
      expect(r.fields.email.has).toBe('no');
    });
    expect(screen.getAllByLabelText('Miten tämä tieto saadaan?')).toHaveLength(1);
    expect(
      screen
        .getByRole('link', { name: 'Lue taustaa GDPR:stä ja asiakastiedosta' })
        .getAttribute('href'),
    ).toBe('/gdpr');
  });
});

describe('the practices', () => {
  it('asks about adopting only what is not in use, and takes practices of our own', async () => {
    const a = await openStep('practices');
    choose('Käytössä: Asiakastarpeiden läpikäynti sisäisissä kokouksissa', 'Kyllä');
    await waitFor(() =>
      expect(
        screen.queryByRole('group', {
          name: /Voisimmeko ottaa käyttöön: Asiakastarpeiden läpikäynti/,
        }),
      ).toBeNull(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lisää toimintatapa' }));
    const name = await screen.findByLabelText('Oman toimintatavan 1 nimi');
    fireEvent.input(name, { target: { value: 'Asiakaspalautteen viikkokatsaus' } });
    await flushSaves();
    const own = ordered((await stored(a.id)).customPractices);
    expect(own.map((p) => p.name)).toEqual(['Asiakaspalautteen viikkokatsaus']);
    expect((await stored(a.id)).practices.internalMeetings.inUse).toBe('yes');
  });
});

describe('moving through the steps', () => {
  it('goes to the next step, remembers it, and keeps facilitator notes per step', async () => {
    const a = await openStep('goals');
    fireEvent.input(screen.getAllByLabelText('Tavoite')[0], {
      target: { value: 'Asiakasraati käyntiin' },
    });
    fireEvent.input(screen.getByLabelText('Muistiinpanot keskustelusta'), {
      target: { value: 'Sovittiin kokeilusta' },
    });
    fireEvent.click(
      screen.getByRole('link', { name: /Seuraavaksi: Tarkistuspiste ja yhteenveto/ }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tarkistuspiste ja yhteenveto' }),
    ).toBeTruthy();
    await flushSaves();
    const after = await stored(a.id);
    expect(after.goals.goal1.goal).toBe('Asiakasraati käyntiin');
    expect(after.notes.goals).toBe('Sovittiin kokeilusta');
    await waitFor(async () => expect((await stored(a.id)).lastStep).toBe('checkpoint'));
  });

  it('shows how complete each step is in the step list', async () => {
    const a = await createAssessment({ name: 'X' });
    await updateAssessment(a.id, [
      setRating('customer', 'surveys', 'level', 1),
      setRating('customer', 'surveys', 'target', 2),
    ]);
    await renderApp(`/a/${a.id}/keyQuestions`);
    await screen.findByRole('heading', { level: 1 });
    const nav = screen.getAllByRole('navigation', { name: 'Työpajan vaiheet' })[0];
    const item = within(nav)
      .getByRole('link', { name: /Asiakastiedon lähteet/ })
      .closest('li')!;
    expect(item.textContent).toContain('1/11 vastattu');
    expect(
      within(nav)
        .getByRole('link', { name: /Viisi tärkeintä kysymystä/ })
        .getAttribute('aria-current'),
    ).toBe('step');
  });
});
