import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/domain/workshop';
import { assessmentField, setRating, setField } from '../../src/domain/changes';
import { createAssessment, getAssessment, updateAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

/** The lazily loaded screen has drawn its heading (slow on a loaded machine). */
const arrived = () => screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });

const stored = async (id: string) => (await getAssessment(id))!;

describe('the plan step', () => {
  it('lists the most important gaps first and marked, and puts an added row by the button with focus', async () => {
    const a = await createAssessment({ name: 'Kaarna' });
    await updateAssessment(a.id, [
      setRating('customer', 'surveys', 'level', 0),
      setRating('customer', 'surveys', 'target', 2),
      setRating('customer', 'facebook', 'level', 1),
      setRating('customer', 'facebook', 'target', 3),
      setRating('customer', 'facebook', 'important', true),
    ]);
    await renderApp(`/a/${a.id}/customerPlan`);
    await arrived();
    const list = (await screen.findByRole('heading', { name: /alle tavoitetason/ })).closest(
      'section',
    )!;
    const items = within(list).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Facebook');
    expect(within(items[0]).getByText('Tärkeä')).toBeTruthy();
    expect(within(items[1]).queryByText('Tärkeä')).toBeNull();

    fireEvent.click(within(items[1]).getByRole('button', { name: /Lisää .* suunnitelmaan/ }));
    const row = await screen.findByRole('heading', { name: 'Toimenpide 1' }, { timeout: 10_000 });
    await waitFor(() => expect(document.activeElement).toBe(row));
    // The new row comes before what is left of the gap list, not after it.
    const left = screen.getByRole('heading', { name: /alle tavoitetason/ });
    expect(row.compareDocumentPosition(left) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(ordered((await stored(a.id)).customerPlan).map((r) => r.sourceId)).toEqual(['surveys']);
  });

  it('offers the key questions\u2019 next steps as plan rows', async () => {
    const a = await createAssessment({ name: 'Kaarna' });
    await updateAssessment(a.id, [
      setField(
        assessmentField(a.id, 'keyQuestions', 'channels', 'nextStep'),
        'Kysytään uusilta asiakkailta, mistä he löysivät meidät',
      ),
    ]);
    await renderApp(`/a/${a.id}/customerPlan`);
    await arrived();
    const section = (
      await screen.findByRole('heading', { name: 'Seuraavat askeleet avainkysymyksistä' })
    ).closest('section')!;
    fireEvent.click(within(section).getByRole('button', { name: /Lisää suunnitelmaan: Kysytään/ }));
    await screen.findByRole('heading', { name: 'Toimenpide 1' }, { timeout: 10_000 });
    const rows = ordered((await stored(a.id)).customerPlan);
    expect(rows.map((r) => [r.sourceId, r.steps])).toEqual([
      [null, 'Kysytään uusilta asiakkailta, mistä he löysivät meidät'],
    ]);
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { name: 'Seuraavat askeleet avainkysymyksistä' }),
      ).toBeNull(),
    );
  });

  it('lets the key questions step put a next step on the plan', async () => {
    const a = await createAssessment({ name: 'Kaarna' });
    await updateAssessment(a.id, [
      setField(assessmentField(a.id, 'keyQuestions', 'need', 'nextStep'), 'Asiakaskysely keväällä'),
    ]);
    await renderApp(`/a/${a.id}/keyQuestions`, 'sv');
    await arrived();
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Lägg till i åtgärdsplanen: Asiakaskysely keväällä',
      }),
    );
    expect(
      await screen.findByText(/Det här steget finns i åtgärdsplanen/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(ordered((await stored(a.id)).customerPlan).map((r) => r.steps)).toEqual([
      'Asiakaskysely keväällä',
    ]);
  });
});
