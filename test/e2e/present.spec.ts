import { expect, test, type Page } from '@playwright/test';
import { axeProblems } from './axe';
import { seedFilled } from './seed';
import { textsOf } from './texts';

const t = textsOf('fi');

const position = (page: Page) => page.locator('.present-position');

test('a step on a 1280×720 screen: large type, clicker keys, and an edit on the laptop shows at once', async ({
  context,
}) => {
  const laptop = await context.newPage();
  const screen = await context.newPage();
  await screen.setViewportSize({ width: 1280, height: 720 });
  const a = await seedFilled(laptop);

  await screen.goto(`/a/${a.id}/present/customerSources`);
  await expect(
    screen.getByRole('heading', { level: 1, name: t('steps.customerSources') }),
  ).toBeVisible();
  const answer = screen.getByRole('cell', { name: `0 – ${t('levels.0.short')}` }).first();
  await expect(answer).toBeVisible();
  const size = await answer.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  // The slide fits the screen: nothing to scroll, on the page or in the slide.
  expect(await screen.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    720,
  );
  const slide = screen.locator('.present-slide');
  expect(await slide.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
  expect(await axeProblems(screen)).toEqual([]);

  const total = Number((await position(screen).innerText()).split('/')[1]);
  expect(total).toBeGreaterThan(1);
  await screen.keyboard.press('PageDown');
  await expect(position(screen)).toHaveText(`${t('present.slide')} 2 / ${total}`);
  await screen.keyboard.press('PageUp');
  await expect(position(screen)).toHaveText(`${t('present.slide')} 1 / ${total}`);
  await screen.keyboard.press('End');
  await screen.keyboard.press('ArrowRight');
  await expect(
    screen.getByRole('heading', { level: 1, name: t('steps.customerPlan') }),
  ).toBeVisible();

  // The team types a step on the laptop; the projector shows it without a reload.
  await laptop.goto(`/a/${a.id}/customerPlan`);
  const steps = laptop.getByLabel(t('planStep.steps'), { exact: true }).first();
  await steps.fill('Kevään asiakaskysely verkossa');
  await steps.blur();
  await expect(screen.getByText('Kevään asiakaskysely verkossa')).toBeVisible();

  await screen.keyboard.press('Escape');
  await expect(screen).toHaveURL(`/a/${a.id}/customerPlan`);
  await expect(screen.getByRole('textbox', { name: t('stepsUi.notesLabel') })).toBeVisible();
});
