import { expect, test } from '@playwright/test';
import { readPdf } from './pdf-text';
import { textsOf } from './texts';

test('the plan downloads as a PDF in the chosen language and holds the business', async ({
  page,
}) => {
  const fi = textsOf('fi');
  const sv = textsOf('sv');
  const name = 'Hoivakoti Čeahci & Åström Oy';
  await page.goto('/new');
  await page.getByLabel(fi('newAssessment.name'), { exact: true }).fill(name);
  await page.getByRole('button', { name: fi('newAssessment.create') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  const id = page.url().split('/a/')[1];

  await page.goto(`/a/${id}/checkpoint`);
  await page.getByLabel(fi('summary.checkpoint.date')).fill('2027-05-20');
  // The UI stays Finnish; the PDF is made in Swedish.
  await page.getByLabel(fi('pdf.language')).selectOption('sv');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fi('pdf.download') }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Hoivakoti-Čeahci-Åström-Oy_handlingsplan_\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const path = test.info().outputPath('plan.pdf');
  await download.saveAs(path);
  const { text, pages } = await readPdf(path);
  expect(pages).toBeGreaterThan(1);
  expect(text).toContain(name);
  expect(text).toContain(sv('pdf.checkpoint'));
  expect(text).toContain('20.5.2027');
  await expect(
    page.getByRole('status').filter({ hasText: download.suggestedFilename() }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fi('steps.checkpoint'));
});

test('a very long business name still leaves the file name its ending', async ({ page }) => {
  const fi = textsOf('fi');
  await page.goto('/new');
  await page
    .getByLabel(fi('newAssessment.name'), { exact: true })
    .fill('Kotihoito ja hyvinvointipalvelut '.repeat(10));
  await page.getByRole('button', { name: fi('newAssessment.create') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  const id = page.url().split('/a/')[1];
  await page.goto(`/a/${id}/checkpoint`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fi('pdf.download') }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Kotihoito-ja-hyvinvointipalvelut-.*_toimintasuunnitelma_\d{4}-\d{2}-\d{2}\.pdf$/,
  );
});
