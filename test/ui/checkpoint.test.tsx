import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { PlanRow } from '../../src/domain/workshop';
import { putPlanRow, setCheckpoint, setRating, type Change } from '../../src/domain/changes';
import type { Part } from '../../src/domain/workshop';
import { createAssessment, flushSaves, getAssessment, updateAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

function row(part: Part, id: string, fields: Partial<PlanRow>): Change {
  return putPlanRow(part, {
    id,
    sourceId: null,
    steps: '',
    date: '',
    scheduleNote: '',
    responsible: '',
    position: 0,
    ...fields,
  });
}

async function openCheckpoint(changes: Change[] = [], lng: 'fi' | 'sv' = 'fi') {
  const a = await createAssessment({
    name: 'Kotihoito Kaarna',
    participants: [{ name: 'Aino Ahonen', role: 'Yrittäjä' }],
  });
  if (changes.length) await updateAssessment(a.id, changes);
  const view = await renderApp(`/a/${a.id}/checkpoint`, lng);
  await screen.findByRole('heading', { level: 1 });
  return { ...view, id: a.id };
}

describe('the checkpoint and summary step', () => {
  it('saves the checkpoint date and shows it in the summary', async () => {
    const { id } = await openCheckpoint();
    // The summary's own fact; the print header (paper only) says it too.
    const summary = () => within(document.querySelector<HTMLElement>('.cp-summary')!);
    expect(summary().getByText('Ei vielä sovittu')).toBeTruthy();
    const date = screen.getByLabelText('Tarkistuspisteen päivä');
    expect(date.getAttribute('type')).toBe('date');
    fireEvent.input(date, { target: { value: '2027-03-15' } });
    fireEvent.input(screen.getByLabelText('Kuka tarkistaa'), { target: { value: 'Aino Ahonen' } });
    await flushSaves();
    expect((await getAssessment(id))?.checkpoint).toEqual({
      date: '2027-03-15',
      who: 'Aino Ahonen',
    });
    expect(await screen.findByText('15.3.2027')).toBeTruthy();
    expect(screen.getByText('Tarkistaa: Aino Ahonen')).toBeTruthy();
  });

  it('suggests the participants as the one who checks', async () => {
    await openCheckpoint();
    const who = screen.getByLabelText('Kuka tarkistaa');
    const list = document.getElementById(who.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
      'Aino Ahonen',
    ]);
  });

  it('lists the actions of both plans in date order with their owners', async () => {
    await openCheckpoint([
      row('customer', 'c1', {
        sourceId: 'surveys',
        steps: 'Lyhyt kysely omaisille',
        date: '2027-04-01',
        responsible: 'Aino',
      }),
      row('customer', 'c2', { steps: 'Asiakasraati koolle', position: 1 }),
      row('competitor', 'k1', {
        sourceId: 'websites',
        steps: 'Käydään kilpailijoiden sivut läpi',
        date: '2027-01-20',
        responsible: 'Pekka',
      }),
    ]);
    const section = screen.getByRole('region', { name: 'Suunnitellut toimet' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/20\.1\.2027.*Kilpailijoiden verkkosivut.*Vastuuhenkilö: Pekka/),
      expect.stringMatching(/1\.4\.2027.*Asiakaskyselyt.*Vastuuhenkilö: Aino/),
      expect.stringMatching(/Ei päivää.*Muu toimenpide.*Asiakasraati koolle.*ei vielä ole/),
    ]);
  });

  it('describes each bar of the level chart in words', async () => {
    await openCheckpoint([
      setRating('customer', 'surveys', 'level', 1),
      setRating('customer', 'surveys', 'target', 3),
      setRating('customer', 'surveys', 'important', true),
    ]);
    const chart = screen.getByRole('region', { name: 'Tiedon lähteet: nyt ja tavoite' });
    expect(
      within(chart).getByText('Asiakaskyselyt ja asiakastutkimukset: taso 1, tavoite 3.'),
    ).toBeTruthy();
    expect(within(chart).getByText('Keskustelut asiakkaan kanssa: ei arvioitu.')).toBeTruthy();
    expect(within(chart).getByText('1/11 arvioitu · 1 alle tavoitteen')).toBeTruthy();
    // Competitor sources are not rated yet: the chart says so and links to the step.
    const link = within(chart).getByRole('link', { name: 'Siirry: Kilpailijatiedon lähteet' });
    expect(link.getAttribute('href')).toMatch(/\/competitorSources$/);
  });

  it('points to the steps to fill when there is nothing to sum up yet', async () => {
    const { id } = await openCheckpoint();
    const actions = screen.getByRole('region', { name: 'Suunnitellut toimet' });
    expect(within(actions).getByText('Toimia ei ole vielä suunniteltu.')).toBeTruthy();
    expect(
      within(actions)
        .getByRole('link', { name: 'Siirry: Asiakastiedon toimintasuunnitelma' })
        .getAttribute('href'),
    ).toBe(`/a/${id}/customerPlan`);
    const goals = screen.getByRole('region', { name: 'Kolme tärkeintä tavoitetta' });
    expect(
      within(goals).getByRole('link', { name: 'Siirry: Kolme tärkeintä tavoitetta' }),
    ).toBeTruthy();
  });

  it('shows the summary in Swedish', async () => {
    await openCheckpoint([setCheckpoint('date', '2027-02-28')], 'sv');
    const summary = () => within(document.querySelector<HTMLElement>('.cp-summary')!);
    await waitFor(() => expect(summary().getByText('28.2.2027')).toBeTruthy());
    expect(screen.getByRole('heading', { name: 'Sammanfattning i korthet' })).toBeTruthy();
    expect(screen.getByLabelText('Kontrollpunktens datum')).toBeTruthy();
  });
});
