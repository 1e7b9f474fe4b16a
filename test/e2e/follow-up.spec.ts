import { axeProblems } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { createAssessment } from '../../src/domain/workshop';
import { applyChanges } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { restoreAssessment } from '../../src/domain/workshop';
import { readPdf } from './pdf-text';
import { importAsBackups } from './seed';
import { textsOf } from './texts';

/** The workshop record exactly as the page's IndexedDB holds it. */
function storedRecord(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('markkinapaja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('assessments').objectStore('assessments').get(key);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            resolve(JSON.stringify(get.result));
            open.result.close();
          };
        };
      }),
    id,
  );
}

const row = (id: string, sourceId: string, steps: string, date: string, position: number) => ({
  id,
  sourceId,
  steps,
  date,
  scheduleNote: '',
  responsible: 'Aino',
  position,
});

test('a follow-up records what moved, in the progress view and the PDF, and leaves the workshop as it was', async ({
  page,
}) => {
  const t = textsOf('fi');
  const base = createAssessment({ name: 'Kotihoito Kaarna', workshopDate: '2026-11-20' });
  const workshop = restoreAssessment(
    applyChanges(base, [
      setAt(['customerSources', 'surveys'], { level: 1, target: 3, important: true }),
      setAt(
        ['customerPlan', 'r1'],
        row('r1', 'surveys', 'Asiakaskysely keväällä', '2027-03-01', 0),
      ),
      setAt(
        ['customerPlan', 'r2'],
        row('r2', 'surveys', 'Palautelomake kotisivulle', '2027-04-01', 1),
      ),
      setAt(['goals', 'goal1', 'goal'], 'Tunnemme asiakkaiden toiveet'),
      setAt(['checkpoint'], { date: '2027-06-15', who: 'Aino' }),
    ]),
  )!;
  await importAsBackups(page, [workshop]);

  await page.goto(`/a/${workshop.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kotihoito Kaarna');
  const before = await storedRecord(page, workshop.id);
  await page.getByRole('button', { name: t('followup.section.start') }).click();
  await expect(page).toHaveURL(/\/follow-up\/[^/]+$/);

  const progress = page.getByRole('region', { name: t('followup.progress.title') });
  await expect(
    progress.getByText(t('followup.progress.actions', { done: 0, total: 2 })),
  ).toBeVisible();

  await page
    .getByRole('group', { name: t('followup.items.status', { title: 'Asiakaskysely keväällä' }) })
    .getByRole('radio', { name: t('followup.status.done') })
    .check();
  await page
    .getByRole('group', {
      name: t('followup.items.status', { title: 'Palautelomake kotisivulle' }),
    })
    .getByRole('radio', { name: t('followup.status.inProgress') })
    .check();
  await page
    .getByLabel(t('followup.items.comment', { title: 'Asiakaskysely keväällä' }))
    .fill('Vastauksia tuli 31');
  const source = t('sources.customer.surveys');
  await page
    .getByRole('group', { name: t('followup.levels.legend', { source }) })
    .getByRole('radio', { name: '2', exact: true })
    .check();
  await page.getByLabel(t('followup.next.date')).fill('2027-12-01');

  await expect(
    progress.getByText(t('followup.progress.actions', { done: 1, total: 2 })),
  ).toBeVisible();
  await expect(progress.getByText(t('followup.progress.inProgress', { count: 1 }))).toBeVisible();
  await expect(progress.getByText(t('followup.progress.rose', { count: 1 }))).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await expect(
    progress.getByText(t('followup.chart.row', { source, before: 1, now: 2, target: 3 })),
  ).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: '/tmp/follow-up-360.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('followup.pdf.download') }).click(),
  ]);
  const path = test.info().outputPath('follow-up.pdf');
  await download.saveAs(path);
  const text = (await readPdf(path)).text;
  for (const expected of [
    'Kotihoito Kaarna',
    t('followup.pdf.nextCheckpoint'),
    '1.12.2027',
    t('followup.progress.actions', { done: 1, total: 2 }),
    t('followup.progress.rose', { count: 1 }),
    'Vastauksia tuli 31',
    `Asiakaskysely keväällä 1.3.2027 Aino ${t('followup.status.done')}`,
    `Palautelomake kotisivulle 1.4.2027 Aino ${t('followup.status.inProgress')}`,
    `${source} 1 2 3`,
  ]) {
    expect(text, expected).toContain(expected);
  }

  // The overview lists the follow-up with what it showed.
  await page.getByRole('link', { name: t('followup.screen.back') }).click();
  await expect(
    page.getByText(
      t('followup.section.line', { done: 1, total: 2, reached: 0, goals: 1, rose: 1 }),
    ),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/overview-360.png', fullPage: true });

  expect(await storedRecord(page, workshop.id)).toBe(before);
});
