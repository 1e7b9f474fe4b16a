import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  createThroughForm,
  expectSaved,
  openStep,
  readStored,
} from './resilience-helpers';
import { textsOf } from './texts';

const t = textsOf('fi');
const EDITS = 50;

/** Both goals as stored, read in the given tab. */
async function storedGoals(page: Page, id: string): Promise<[string, string]> {
  const goals = (await readStored(page, id))?.goals as Record<string, { goal: string }>;
  return [goals.goal1.goal, goals.goal2.goal];
}

const words = (tab: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${tab}${i + 1}`).join(' ');

test('two tabs edit different fields of one assessment in turn, 50 times each: all 100 edits are kept', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const a = await context.newPage();
  const b = await context.newPage();
  const errorsA = collectErrors(a);
  const errorsB = collectErrors(b);

  const id = await createThroughForm(a, t, 'Kotihoito Kaksi Välilehteä Oy');
  await openStep(a, id, 'goals');
  await openStep(b, id, 'goals');
  const goal = (page: Page, n: number) =>
    page.getByLabel(t('goalsStep.goal'), { exact: true }).nth(n);

  // Each edit adds a word to the tab's own goal, so that every one of the 100 stays visible in
  // the end. After each edit the stored record must hold both tabs' latest words: a write of a
  // whole, older record would lose the other tab's last edit and fail here at once.
  for (let i = 1; i <= EDITS; i++) {
    for (const [page, tab, field] of [
      [a, 'A', 0],
      [b, 'B', 1],
    ] as const) {
      await goal(page, field).fill(words(tab, i));
      await goal(page, field).blur();
      const expected: [string, string] = [words('A', i), words('B', tab === 'A' ? i - 1 : i)];
      await expect
        .poll(() => storedGoals(page, id), {
          message: `after ${tab}${i}`,
          intervals: [20, 50, 100],
        })
        .toEqual(expected);
      await expectSaved(page, t);
    }
  }

  expect(await storedGoals(a, id)).toEqual([words('A', EDITS), words('B', EDITS)]);
  // Each tab shows the other's latest change, without a reload.
  await expect(goal(a, 1)).toHaveValue(words('B', EDITS));
  await expect(goal(b, 0)).toHaveValue(words('A', EDITS));
  expect([...errorsA, ...errorsB]).toEqual([]);
});
