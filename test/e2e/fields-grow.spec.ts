import { expect, test } from '@playwright/test';
import { textsOf } from './texts';

const t = textsOf('fi');

test('a goal and its steps grow with their text on a phone, so no line scrolls out of sight', async ({
  page,
}) => {
  await page.goto('/new');
  await page.getByLabel(t('newAssessment.name')).fill('Kotihoito Kaarna');
  await page.getByRole('button', { name: t('newAssessment.create') }).click();
  await page.waitForURL(/\/a\/[^/]+$/);
  await page.goto(`${page.url()}/goals`);
  const goal = page.getByLabel(t('goalsStep.goal'), { exact: true }).first();
  const steps = page.getByLabel(t('goalsStep.steps'), { exact: true }).first();
  await expect(goal).toHaveJSProperty('tagName', 'TEXTAREA');
  const before = (await steps.boundingBox())!.height;
  await steps.fill(Array.from({ length: 10 }, (_, i) => `Askel ${i + 1}`).join('\n'));
  await goal.fill(
    'Asiakasraati käyntiin keväällä, ja sen tulokset mukaan palvelujen kehittämiseen.',
  );
  for (const box of [steps, goal]) {
    const hidden = await box.evaluate((e) => e.scrollHeight - e.clientHeight);
    expect(hidden).toBeLessThanOrEqual(1);
  }
  expect((await steps.boundingBox())!.height).toBeGreaterThan(before * 2);
});
