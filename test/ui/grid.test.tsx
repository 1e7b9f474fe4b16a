import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ordered, OWN_COLUMN } from '../../src/domain/workshop';
import { type Change } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { setCellScore, setValuation } from '../../src/domain/grid';
import { createAssessment, flushSaves, getAssessment, updateAssessment } from '../../src/storage';
import type { Language } from '../../src/i18n';
import { renderApp } from '../helpers/render';

const stored = async (id: string) => (await getAssessment(id))!;

/** Opens the grid step of a new assessment, after writing any changes to it. */
async function openGrid(changes: (ids: Ids) => Change[] = () => [], lng: Language = 'fi') {
  const a = await createAssessment({ name: 'Kotihoito Kaarna' });
  const ids = {
    id: a.id,
    criteria: ordered(a.grid.criteria).map((c) => c.id),
    competitors: ordered(a.grid.competitors).map((c) => c.id),
  };
  const extra = changes(ids);
  if (extra.length) await updateAssessment(a.id, extra);
  await renderApp(`/a/${a.id}/grid`, lng);
  await screen.findByRole('heading', { level: 2, name: /Vertailu|Jämförelse|Comparison/ });
  // The step is ready for the user once it has put focus on its heading.
  await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
  return ids;
}
type Ids = { id: string; criteria: string[]; competitors: string[] };

/**
 * Sets how wide the screen is: the table from 64rem, one criterion at a time below it.
 * happy-dom's own window is 1024 px wide, which would already count as wide.
 */
function screenWidth(wide: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: wide && query.includes('min-width'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

beforeEach(() => screenWidth(false));
afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Picks an option as a browser does: the value changes, then input and change fire.
 * (The Preact fireEvent.change sends an input event, which a select's onChange ignores.)
 */
function select(element: HTMLElement, value: string) {
  (element as HTMLSelectElement).value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function pick(criterion: RegExp) {
  const picker = screen.getByRole('combobox', { name: 'Arvioitava kohde' }) as HTMLSelectElement;
  const option = [...picker.options].find((o) => criterion.test(o.text))!;
  select(picker, option.value);
}

function choose(group: string, option: string) {
  const fieldset = screen.getByRole('group', { name: group });
  fireEvent.click(within(fieldset).getByRole('radio', { name: option }));
}

describe('the competitor grid on a phone', () => {
  it('explains the scale and shows one criterion at a time', async () => {
    await openGrid();
    expect(screen.getByText(/anna pisteet 1–5 tai tee molemmat/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Tuotteet' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava kohde: Palvelut' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Palvelut' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: 'Tuotteet' })).toBeNull();
  });

  it('saves a competitor name, and the new name labels the grid', async () => {
    const { id, competitors } = await openGrid();
    const name = screen.getByLabelText('Kilpailijan 2 nimi');
    expect(name.getAttribute('placeholder')).toBe('Kilpailija 2');
    fireEvent.input(name, { target: { value: 'Hoiva Oy' } });
    await flushSaves();
    expect((await stored(id)).grid.competitors[competitors[1]].name).toBe('Hoiva Oy');
    expect(await screen.findByRole('heading', { level: 4, name: 'Hoiva Oy' })).toBeTruthy();
  });

  it('saves and clears a score, a note and the customer valuation', async () => {
    const { id, criteria, competitors } = await openGrid();
    pick(/^4\. Laatu/);
    await screen.findByRole('heading', { level: 3, name: 'Laatu' });
    choose('Laatu – Kilpailija 2 – pisteet', '5 – erittäin vahva');
    choose('Laatu – asiakkaan arvostus', '4 – paljon');
    const quality = criteria[3];
    await waitFor(async () => {
      const a = await stored(id);
      expect(a.grid.cells[quality]?.[competitors[1]]?.score).toBe(5);
      expect(a.grid.criteria[quality].valuation).toBe(4);
    });
    fireEvent.input(screen.getByLabelText('Laatu – Oma yritys – huomio'), {
      target: { value: 'Hoitajat pysyvät samoina' },
    });
    await flushSaves();
    expect((await stored(id)).grid.cells[quality][OWN_COLUMN].note).toBe(
      'Hoitajat pysyvät samoina',
    );

    choose('Laatu – Kilpailija 2 – pisteet', 'Ei pisteitä');
    await waitFor(async () =>
      expect((await stored(id)).grid.cells[quality][competitors[1]].score).toBeNull(),
    );
  });

  it('adds a criterion of its own and removes it again, with an undo', async () => {
    const { id } = await openGrid();
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kohde' }));
    expect(await screen.findByText('Kirjoita uudelle kohteelle nimi.')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Uusi arvioitava kohde'), {
      target: { value: 'Saavutettavuus' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kohde' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Saavutettavuus' })).toBeTruthy();
    const added = ordered((await stored(id)).grid.criteria);
    expect(added).toHaveLength(13);
    expect(added[12]).toMatchObject({ key: null, name: 'Saavutettavuus', position: 12 });

    fireEvent.click(screen.getByText('Muokkaa tai poista'));
    fireEvent.click(screen.getByRole('button', { name: 'Poista kohde Saavutettavuus' }));
    await waitFor(async () => expect(ordered((await stored(id)).grid.criteria)).toHaveLength(12));
    expect(await screen.findByText('Poistettu: Saavutettavuus')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Kumoa' }));
    await waitFor(async () =>
      expect(ordered((await stored(id)).grid.criteria).map((c) => c.name)).toContain(
        'Saavutettavuus',
      ),
    );
  });

  it('removes a competitor with its column and puts both back on undo', async () => {
    const { id, criteria, competitors } = await openGrid(({ criteria, competitors }) => [
      setAt(['grid', 'competitors', competitors[0], 'name'], 'Hoiva Oy'),
      setCellScore(criteria[0], competitors[0], 4),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Poista Hoiva Oy' }));
    await waitFor(async () =>
      expect(Object.keys((await stored(id)).grid.competitors)).toEqual([competitors[1]]),
    );
    // The screen follows the database a moment after the write.
    await waitFor(() =>
      expect(screen.queryByRole('heading', { level: 4, name: 'Hoiva Oy' })).toBeNull(),
    );
    // The last competitor stays: a grid compares with at least one.
    expect(
      (screen.getByRole('button', { name: 'Poista Kilpailija 1' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    // The removing button is gone; focus waits on the undo instead.
    const undo = await screen.findByRole('button', { name: 'Kumoa' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(async () => {
      const a = await stored(id);
      expect(ordered(a.grid.competitors).map((c) => c.id)).toEqual(competitors);
      expect(a.grid.cells[criteria[0]][competitors[0]].score).toBe(4);
    });
  });

  it('adds a competitor as a new column', async () => {
    const { id } = await openGrid();
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kilpailija' }));
    expect(await screen.findByLabelText('Kilpailijan 3 nimi')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 4, name: 'Kilpailija 3' })).toBeTruthy();
    expect(Object.keys((await stored(id)).grid.competitors)).toHaveLength(3);
  });
});

describe('weaker where customers care', () => {
  const weakQuality = ({ criteria, competitors }: Ids) => [
    setValuation(criteria[3], 5),
    setCellScore(criteria[3], OWN_COLUMN, 3),
    setCellScore(criteria[3], competitors[1], 5),
  ];

  it('lists what customers value highly where a competitor scores higher', async () => {
    await openGrid(weakQuality);
    const section = screen.getByRole('region', {
      name: 'Heikkoudet asioissa, joita asiakkaat arvostavat',
    });
    const item = within(section).getByRole('listitem');
    expect(item.textContent).toContain('Laatu');
    expect(item.textContent).toContain('Asiakkaat arvostavat tätä paljon: 5/5');
    expect(item.textContent).toContain('Kilpailija 2 saa 5, oma yrityksesi saa 3.');
  });

  it('says when nothing can be compared yet, and in Swedish', async () => {
    await openGrid(() => [], 'sv');
    expect(screen.getByText(/Inget att visa ännu/)).toBeTruthy();
  });
});

describe('the competitor grid on a wide screen', () => {
  it('shows the whole grid as a table whose cells save', async () => {
    screenWidth(true);
    const { id, criteria, competitors } = await openGrid();
    const table = screen.getByRole('table', { name: 'Vertailu' });
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(within(table).getByRole('columnheader', { name: /^Asiakkaan arvostus/ })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Arvioitava kohde' })).toBeNull();

    const score = within(table).getByLabelText('Hintataso – Kilpailija 1 – pisteet');
    // Only the number shows in the table; a screen reader hears what it means.
    expect(within(score).getByRole('option', { name: '2 – heikko' })).toBeTruthy();
    select(score, '2');
    select(within(table).getByLabelText('Hintataso – asiakkaan arvostus'), '5');
    fireEvent.input(within(table).getByLabelText('Hintataso – Kilpailija 2 – huomio'), {
      target: { value: 'Halvin alueella' },
    });
    await flushSaves();
    await waitFor(async () => {
      const a = await stored(id);
      expect(a.grid.cells[criteria[2]][competitors[0]].score).toBe(2);
      expect(a.grid.cells[criteria[2]][competitors[1]].note).toBe('Halvin alueella');
      expect(a.grid.criteria[criteria[2]].valuation).toBe(5);
    });
  });
});
