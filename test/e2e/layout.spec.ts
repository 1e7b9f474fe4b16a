import { expect, test, type Page } from '@playwright/test';
import { seedFilled } from './seed';
import { textsOf } from './texts';

const t = textsOf('fi');

/** How many lines the text of an element takes on the screen. */
const lines = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });

for (const width of [360, 1280]) {
  test(`the levels legend gives each level's meaning the panel's width at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const a = await seedFilled(page);
    await page.goto(`/a/${a.id}/customerSources`);
    await page.getByText(t('sourcesStep.scaleTitle')).click();
    const legend = page.locator('.scale-help dl');
    const full = (await legend.boundingBox())!.width;
    const meanings = legend.locator('dd');
    await expect(meanings).toHaveCount(4);
    for (const dd of await meanings.all()) {
      expect((await dd.boundingBox())!.width).toBeGreaterThan(full * 0.7);
    }
  });
}

test('the grid fits a 1280 px laptop with five competitors, and scrolls in its box beyond', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const a = await seedFilled(page);
  await page.goto(`/a/${a.id}/grid`);
  const add = page.getByRole('button', { name: t('gridStep.addCompetitor') });
  const wrap = page.locator('.grid-table-wrap');
  const overflow = () => wrap.evaluate((e) => e.scrollWidth - e.clientWidth);
  await expect(page.locator('.grid-table thead th')).toHaveCount(5 + 1);
  expect(await overflow()).toBe(0);
  for (const n of [4, 5]) {
    await add.click();
    await expect(page.locator('.grid-table thead th')).toHaveCount(n + 3);
  }
  expect(await overflow()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  // A note field holds a long word on one line; the valuation column is all on screen.
  const note = page.getByLabel(/– huomio$/).first();
  expect((await note.boundingBox())!.width).toBeGreaterThanOrEqual(125);
  const valuation = (await page.locator('.grid-table thead th.valuation').boundingBox())!;
  const box = (await wrap.boundingBox())!;
  expect(valuation.x + valuation.width).toBeLessThanOrEqual(box.x + box.width + 1);

  // A sixth competitor: the table scrolls inside its box, the criteria stay in view.
  await add.click();
  await expect(page.locator('.grid-table thead th')).toHaveCount(6 + 3);
  expect(await overflow()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await wrap.evaluate((e) => e.scrollTo({ left: 400 }));
  const first = (await page.locator('.grid-table tbody th').first().boundingBox())!;
  expect(Math.abs(first.x - box.x)).toBeLessThanOrEqual(2);
});

test('the undo of a deletion stays on one line on a 360 px phone', async ({ page }) => {
  const a = await seedFilled(page);
  await page.goto(`/a/${a.id}`);
  await page.getByRole('button', { name: t('overview.delete') }).click();
  await expect(page.getByRole('button', { name: t('backup.undo') })).toBeVisible();
  expect(await lines(page, '.undo-bar .button')).toBe(1);
});

test('an earlier follow-up on the overview shows its date and what it showed apart', async ({
  page,
}) => {
  const a = await seedFilled(page);
  await page.goto(`/a/${a.id}`);
  await page.getByRole('button', { name: t('followup.section.start') }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Seuranta / })).toBeVisible();
  // Straight to the overview, as on a later visit.
  await page.goto(`/a/${a.id}`);
  const item = page.locator('.follow-up-history li').first();
  await expect(item).toBeVisible();
  expect(await item.innerText()).toMatch(/^Seuranta \d+\.\d+\.\d{4}\s*\n\s*Toimenpiteitä tehty/);
});

test('the home screen is drawn before any JavaScript runs, and the app takes it over in place', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1, name: t('home.title') });
  await expect(heading).toBeVisible();
  // What comes last before the list: nothing above it may move when the app takes over.
  const last = page.getByRole('link', { name: t('quickCheckHome.button') });
  const before = [await heading.boundingBox(), await last.boundingBox()];
  await page.unroute(/\.js$/);
  await page.reload();
  await expect(page.getByText(t('home.empty'))).toBeVisible();
  expect([await heading.boundingBox(), await last.boundingBox()]).toEqual(before);
  expect(refused).toEqual([]);
});
