import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createAssessment } from '../../src/domain/workshop';
import { serializeBackup } from '../../src/domain/backup';
import { applyChanges } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { restoreAssessment } from '../../src/domain/workshop';
import { importAsBackups } from './seed';
import { textsOf } from './texts';

const PAYLOADS = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  'javascript:alert(4)',
];

test('an imported file with script and HTML in its texts shows them as plain text', async ({
  page,
}) => {
  const t = textsOf('fi');
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const base = createAssessment({ name: PAYLOADS[0], facilitator: PAYLOADS[2] });
  const evil = restoreAssessment(
    applyChanges(base, [
      setAt(['competitorQuestions', 'learn'], PAYLOADS[1]),
      setAt(['goals', 'goal1', 'goal'], PAYLOADS[3]),
      setAt(['notes', 'start'], PAYLOADS.join(' ')),
    ]),
  )!;
  const file = serializeBackup([evil], '0.1.0', new Date().toISOString());

  await page.goto('/backup');
  await page.getByLabel(t('backup.choose')).setInputFiles({
    name: 'hyokkays.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByText(t('backup.imported_one', { count: 1 }))).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('link', { name: PAYLOADS[0] })).toBeVisible();
  await page.goto(`/a/${evil.id}/competitorQuestions`);
  await expect(page.getByLabel(`3. ${t('competitorQuestions.learn')}`)).toHaveValue(PAYLOADS[1]);
  await page.goto(`/a/${evil.id}/start`);
  await expect(page.getByLabel(t('stepsUi.notesLabel'))).toHaveValue(PAYLOADS.join(' '));
  await page.goto(`/a/${evil.id}/checkpoint`);
  await expect(page.getByText(PAYLOADS[3]).first()).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
});

/** Clicks a button that saves a file, and returns the file's text. */
async function savedFile(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** The follow-ups exactly as the page's IndexedDB holds them. */
function storedFollowUps(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('markkinapaja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('followUps').objectStore('followUps').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

test('export all, delete all and import bring every follow-up back as it was', async ({ page }) => {
  const t = textsOf('fi');
  const base = createAssessment({ name: 'Kotihoito Kaarna', workshopDate: '2026-11-20' });
  const row = (id: string, steps: string, position: number) => ({
    id,
    sourceId: 'surveys',
    steps,
    date: '2027-03-01',
    scheduleNote: '',
    responsible: 'Aino',
    position,
  });
  const workshop = restoreAssessment(
    applyChanges(base, [
      setAt(['customerSources', 'surveys'], { level: 1, target: 3, important: true }),
      setAt(['customerPlan', 'r1'], row('r1', 'Asiakaskysely keväällä', 0)),
      setAt(['customerPlan', 'r2'], row('r2', 'Palautelomake kotisivulle', 1)),
      setAt(['goals', 'goal1', 'goal'], 'Tunnemme asiakkaiden toiveet'),
      setAt(['checkpoint'], { date: '2027-06-15', who: 'Aino' }),
    ]),
  )!;
  await importAsBackups(page, [workshop]);

  // The follow-up, through its screen: statuses, a comment, a level rated again, the next date.
  await page.goto(`/a/${workshop.id}`);
  await page.getByRole('button', { name: t('followup.section.start') }).click();
  await expect(page).toHaveURL(/\/follow-up\/[^/]+$/);
  const status = (title: string) =>
    page.getByRole('group', { name: t('followup.items.status', { title }) });
  await status('Asiakaskysely keväällä')
    .getByRole('radio', { name: t('followup.status.done') })
    .check();
  await status('Palautelomake kotisivulle')
    .getByRole('radio', { name: t('followup.status.inProgress') })
    .check();
  await page
    .getByLabel(t('followup.items.comment', { title: 'Asiakaskysely keväällä' }))
    .fill('Vastauksia tuli 31');
  await page
    .getByRole('group', {
      name: t('followup.levels.legend', { source: t('sources.customer.surveys') }),
    })
    .getByRole('radio', { name: '2', exact: true })
    .check();
  const next = page.getByLabel(t('followup.next.date'));
  await next.fill('2027-12-01');
  await next.blur();
  await expect
    .poll(async () => JSON.stringify(await storedFollowUps(page)))
    .toContain('"date":"2027-12-01"');
  const followUps = await storedFollowUps(page);
  expect(JSON.stringify(followUps)).toContain('Vastauksia tuli 31');

  await page.goto('/backup');
  const first = await savedFile(page, t('backup.saveAll'));
  expect(JSON.parse(first).followUps).toEqual(followUps);

  await page.getByRole('button', { name: t('backup.deleteAll') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('backup.deleteConfirm') })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(async () => (await storedFollowUps(page)).length).toBe(0);

  await page.goto('/backup');
  await page.getByLabel(t('backup.choose')).setInputFiles({
    name: 'kaikki.json',
    mimeType: 'application/json',
    buffer: Buffer.from(first),
  });
  await expect(page.getByText(t('backup.imported_one', { count: 1 }))).toBeVisible();
  await expect(
    page.getByText(
      `${t('backup.fileRestored_one', { file: 'kaikki.json', count: 1 })} ${t('backup.fileFollowUps_one', { count: 1 })}`,
    ),
  ).toBeVisible();
  expect(await storedFollowUps(page)).toEqual(followUps);

  const second = await savedFile(page, t('backup.saveAll'));
  const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
  expect(withoutTime(second)).toEqual(withoutTime(first));
  expect(second.replace(/"exportedAt": "[^"]+"/, '')).toBe(
    first.replace(/"exportedAt": "[^"]+"/, ''),
  );
});
