import { axeProblems } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { QUICK_STATEMENTS, type QuickAnswer } from '../../src/domain/quick-check';
import { readPdf } from './pdf-text';
import { textsOf } from './texts';

const fi = textsOf('fi');

/** Everything yes, but no register, no thought of competitors, customer information unwritten. */
const ANSWERS: Partial<Record<string, QuickAnswer>> = {
  register: 'no',
  gdpr: 'no',
  registerUse: 'no',
  learnCooperate: 'no',
  collectWays: 'partly',
  writeDown: 'no',
};
const FOCUS = ['register', 'learn', 'collect'] as const;

/** No serious accessibility problem, and nothing wider than the phone. */
async function checkScreen(page: Page) {
  expect(await axeProblems(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('a quick check on a phone in Finnish starts the workshop, whose start and PDF keep it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: fi('quickCheckHome.button') }).click();
  await page.getByRole('button', { name: fi('quickCheck.start') }).click();
  await expect(page).toHaveURL(/\/quick-check\/[^/]+$/);

  // Asking for the result too early says what is missing.
  await page.getByRole('button', { name: fi('quickCheck.seeResult') }).click();
  await expect(page.getByRole('alert')).toContainText(String(QUICK_STATEMENTS.length));

  for (const s of QUICK_STATEMENTS) {
    const group = page.getByRole('group', { name: fi(`quickCheck.statements.${s}`) });
    await group.getByLabel(fi(`quickCheck.scale.${ANSWERS[s] ?? 'yes'}`)).check();
  }
  await expect(
    page.getByText(fi('quickCheck.answered', { answered: 14, total: 14 })),
  ).toBeVisible();
  await checkScreen(page);
  await page.getByRole('button', { name: fi('quickCheck.seeResult') }).click();
  await expect(page).toHaveURL(/\/result$/);

  const focus = page.getByRole('region', { name: fi('quickCheck.focusTitle') });
  for (const id of FOCUS) {
    await expect(
      focus.getByRole('heading', { name: fi(`quickCheck.areas.${id}.title`) }),
    ).toBeVisible();
  }
  await expect(focus.getByRole('heading')).toHaveCount(1 + FOCUS.length);
  await expect(
    focus.getByText(fi('quickCheck.workedOn', { number: 5, step: fi('steps.register') })),
  ).toBeVisible();
  await expect(page.getByText(fi('quickCheck.pictureTitle'))).toBeVisible();
  await checkScreen(page);

  await page.getByLabel(fi('newAssessment.name'), { exact: true }).fill('Kotihoito Kaarna');
  await page.getByRole('button', { name: fi('quickCheck.startButton') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+\/start$/);
  const id = page.url().split('/a/')[1].split('/')[0];

  await page.reload();
  await checkScreen(page);
  const summary = page.getByRole('region', { name: fi('quickCheck.summaryTitle') });
  await expect(summary).toBeVisible();
  for (const area of FOCUS) {
    await expect(
      summary.getByRole('heading', { name: fi(`quickCheck.areas.${area}.title`) }),
    ).toBeVisible();
  }
  await expect(
    summary.getByRole('link', {
      name: fi('quickCheck.workedOn', { number: 5, step: fi('steps.register') }),
    }),
  ).toHaveAttribute('href', `/a/${id}/register`);

  await page.goto(`/a/${id}`);
  const overview = page.getByRole('region', { name: fi('quickCheck.summaryTitle') });
  await expect(
    overview.getByRole('heading', { name: fi('quickCheck.areas.register.title') }),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fi('pdf.download') }).click(),
  ]);
  const path = test.info().outputPath('plan.pdf');
  await download.saveAs(path);
  const { text } = await readPdf(path);
  expect(text).toContain(fi('quickCheck.pdfTitle'));
  for (const area of FOCUS) expect(text).toContain(fi(`quickCheck.areas.${area}.title`));
  expect(text).toContain(fi('quickCheck.workedOn', { number: 5, step: fi('steps.register') }));
});
