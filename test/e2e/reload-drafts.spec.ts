import { expect, test } from '@playwright/test';
import { createThroughForm, expectSaved, openStep, readStored } from './resilience-helpers';
import { textsOf } from './texts';

const t = textsOf('fi');

// A write to IndexedDB cannot finish while the page unloads: text typed just before a reload
// lives in the tab's session storage until its write commits, and is written back on the next
// start. Each delay is a separate reload right after the last keystroke.
test('a note typed just before a reload is there after it, at 0, 50 and 100 ms', async ({
  page,
}) => {
  const id = await createThroughForm(page, t, 'Kotihoito Kaste Oy');
  await openStep(page, id, 'start');
  const notes = page.getByLabel(t('stepsUi.notesLabel'), { exact: true });
  let expected = '';
  for (const delay of [0, 50, 100]) {
    await notes.click();
    await page.keyboard.press('End');
    const typed = ` muistiin ${delay} ms`;
    await page.keyboard.type(typed, { delay: 5 });
    expected += typed;
    if (delay > 0) await page.waitForTimeout(delay);
    await page.reload();
    await expect(notes).toHaveValue(expected);
  }
  // Written back through the normal save: the database holds it too, and the header says so.
  await expectSaved(page, t);
  await expect
    .poll(async () => ((await readStored(page, id))?.notes as Record<string, string>).start)
    .toBe(expected);
});
