import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_SOURCES } from '../../src/domain/workshop';
import { putPlanRow, setCheckpoint } from '../../src/domain/changes';
import {
  createFollowUp,
  listFollowUps,
  reinstateAssessment,
  updateAssessment,
} from '../../src/storage';
import { db } from '../../src/storage/db';
import { makeFullAssessment } from '../helpers/factories';
import { renderApp } from '../helpers/render';

/** The workshop record exactly as IndexedDB holds it. */
const stored = async (id: string) => JSON.stringify(await db().assessments.get(id));

describe('the follow-up', () => {
  it('starts from the overview, records statuses and levels, and leaves the workshop as it was', async () => {
    const a = makeFullAssessment();
    await reinstateAssessment(a);
    const before = await stored(a.id);
    const { i18n } = await renderApp(`/a/${a.id}`, 'en');

    fireEvent.click(await screen.findByRole('button', { name: 'Start a follow-up' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Follow-up / })).toBeTruthy();
    const progress = screen.getByRole('region', { name: 'What moved since the workshop' });
    expect(within(progress).getByText('Actions: 0/4 done')).toBeTruthy();
    expect(within(progress).getByText('Goals: 0/3 reached')).toBeTruthy();

    // The agreed plan is shown; marking the first action done saves at once.
    expect(screen.getByRole('heading', { name: 'Askel A1' })).toBeTruthy();
    const status = screen.getByRole('group', { name: 'Status: Askel A1' });
    fireEvent.click(within(status).getByRole('radio', { name: 'Done' }));
    const goal = screen.getByRole('group', { name: 'Status: Tavoite numero 1' });
    fireEvent.click(within(goal).getByRole('radio', { name: 'Done' }));
    await waitFor(() => expect(within(progress).getByText('Actions: 1/4 done')).toBeTruthy());
    await waitFor(() => expect(within(progress).getByText('Goals: 1/3 reached')).toBeTruthy());

    // Rating the first source again moves its row in the chart.
    const first = CUSTOMER_SOURCES[0];
    const source = i18n.t(`sources.customer.${first}` as 'sources.customer.surveys');
    const level = screen.getByRole('group', { name: `${source}: level now` });
    fireEvent.click(within(level).getByRole('radio', { name: '2' }));
    await waitFor(() =>
      expect(within(progress).getByText(`${source}: before 0, now 2, target 3`)).toBeTruthy(),
    );
    expect(within(progress).getByText('Sources whose level rose: 1')).toBeTruthy();

    const comment = screen.getByRole('textbox', { name: 'Comment: Askel A1' });
    fireEvent.input(comment, { target: { value: 'Kysely tehty' } });
    fireEvent.blur(comment);
    await waitFor(async () => {
      const [f] = await listFollowUps(a.id);
      const action = Object.values(f.actions).find((x) => x.title === 'Askel A1');
      expect(action).toMatchObject({ status: 'done', comment: 'Kysely tehty' });
      expect(f.customerLevels[first].now).toBe(2);
    });
    expect(await stored(a.id)).toBe(before);
  });

  it('lists earlier follow-ups on the overview with what they showed', async () => {
    const a = makeFullAssessment();
    await reinstateAssessment(a);
    await renderApp(`/a/${a.id}`, 'fi');
    fireEvent.click(await screen.findByRole('button', { name: 'Aloita seuranta' }));
    await screen.findByRole('heading', { level: 1, name: /^Seuranta / });
    fireEvent.click(screen.getByRole('link', { name: 'Takaisin arviointiin' }));
    expect(
      await screen.findByText(
        'Toimenpiteitä tehty 0/4, tavoitteita saavutettu 0/3, lähteitä noussut 0',
      ),
    ).toBeTruthy();
  });

  it('makes the open follow-up the overview’s main button, until all of it has a status', async () => {
    const a = makeFullAssessment();
    await reinstateAssessment(a);
    await updateAssessment(a.id, [setCheckpoint('date', '2020-01-01')]);
    await renderApp(`/a/${a.id}`, 'fi');
    fireEvent.click(await screen.findByRole('button', { name: 'Aloita seuranta' }));
    await screen.findByRole('heading', { level: 1, name: /^Seuranta / });
    fireEvent.click(screen.getByRole('link', { name: 'Takaisin arviointiin' }));

    const open = await screen.findByRole('link', { name: /^Jatka seurantaa / });
    expect(open.classList.contains('primary')).toBe(true);
    const again = screen.getByRole('button', { name: 'Aloita uusi seuranta' });
    expect(again.classList.contains('primary')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Aloita seuranta' })).toBeNull();
  });

  it('says so on the overview when the checkpoint has come', async () => {
    const a = makeFullAssessment();
    await reinstateAssessment(a);
    await updateAssessment(a.id, [setCheckpoint('date', '2020-01-01')]);
    await renderApp(`/a/${a.id}`, 'sv');
    expect(
      await screen.findByText(
        'Kontrolldagen är här: det är dags att följa upp hur planen har genomförts.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Starta en uppföljning' })).toBeTruthy();
  });
});

describe('an action of the follow-up', () => {
  it.each([
    ['fi', 'Lähde', 'Askeleita ei ole kirjattu', 'Vastuuhenkilö', '1.3.2027'],
    ['en', 'Source', 'No steps written', 'Responsible', '01/03/2027'],
  ] as const)(
    'is named by its source, steps, owner and date, also with no steps written (%s)',
    async (lng, sourceLabel, noSteps, owner, date) => {
      const a = makeFullAssessment();
      await reinstateAssessment(a);
      await updateAssessment(a.id, [
        putPlanRow('customer', {
          id: 'no-steps',
          sourceId: 'meetings',
          steps: '',
          date: '2027-03-01',
          scheduleNote: '',
          responsible: 'Ville Vastaava',
          position: 9,
        }),
      ]);
      const f = await createFollowUp(a.id, '2027-06-15');
      const { i18n } = await renderApp(`/a/${a.id}/follow-up/${f.id}`, lng);
      const source = i18n.t('sources.customer.meetings');

      const card = (await screen.findByRole('heading', { level: 4, name: source })).closest('li')!;
      expect(within(card).getByText(noSteps)).toBeTruthy();
      expect(within(card).getByText('Ville Vastaava')).toBeTruthy();
      expect(within(card).getByText(owner)).toBeTruthy();
      expect(within(card).getByText(date)).toBeTruthy();
      expect(within(card).getByRole('group', { name: new RegExp(`: ${source}$`) })).toBeTruthy();
      expect(screen.queryByText(/Nimetön|Untitled/)).toBeNull();

      // An action with steps names its source beside them.
      const first = screen.getByRole('heading', { level: 4, name: 'Askel A1' }).closest('li')!;
      expect(within(first).getByText(sourceLabel)).toBeTruthy();
      // Its steps follow its title, the title (their first line) not repeated.
      expect(within(first).getByText('Askel B1')).toBeTruthy();
      expect(within(first).queryByText(/Askel A1\s+Askel B1/)).toBeNull();
    },
  );
});

describe('deleting one follow-up', () => {
  it('removes it from its screen, and the overview brings it back as it was', async () => {
    const a = makeFullAssessment();
    await reinstateAssessment(a);
    const f = await createFollowUp(a.id, '2027-06-15');
    await createFollowUp(a.id, '2027-09-15');
    const before = JSON.stringify(await db().followUps.get(f.id));
    const workshop = await stored(a.id);
    await renderApp(`/a/${a.id}/follow-up/${f.id}`, 'en');

    fireEvent.click(await screen.findByRole('button', { name: 'Delete this follow-up' }));
    expect(await screen.findByText('The follow-up of 15/06/2027 was deleted.')).toBeTruthy();
    expect(await db().followUps.get(f.id)).toBeUndefined();
    expect((await listFollowUps(a.id)).map((x) => x.date)).toEqual(['2027-09-15']);
    expect(await stored(a.id)).toBe(workshop);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText(/was deleted/)).toBeNull());
    expect(JSON.stringify(await db().followUps.get(f.id))).toBe(before);
  });
});
