import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const NAME = 'Hoivakoti Kuusela Oy';

function h1(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Creates an assessment through the form, as a user would, and waits for its page. */
async function createThroughForm(page: Page, name: string) {
  await page.goto('/new');
  await expect(h1(page, 'Uusi arviointi')).toBeVisible();
  await page.getByLabel('Yrityksen nimi', { exact: true }).fill(name);
  await page.getByRole('radio', { name: 'Käyttäjäasiakas' }).check();
  await page.getByRole('button', { name: 'Luo arviointi' }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  await expect(h1(page, name)).toBeVisible();
}

test('a new assessment is saved on the device and the language choice is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(h1(page, 'Arviointisi')).toBeVisible();

  await page.getByRole('link', { name: 'Uusi arviointi' }).click();
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel('Yrityksen nimi', { exact: true }).fill(NAME);
  const user = page.getByRole('radio', { name: 'Käyttäjäasiakas' });
  await user.check();
  await expect(user).toBeChecked();
  await page.getByRole('button', { name: 'Luo arviointi' }).click();

  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  await expect(h1(page, NAME)).toBeVisible();
  await expect(page.getByText('Käyttäjäasiakas', { exact: true })).toBeVisible();

  await page.reload();
  await expect(h1(page, NAME)).toBeVisible();

  await page.goto('/');
  await expect(h1(page, 'Arviointisi')).toBeVisible();
  await expect(page.getByRole('link', { name: NAME })).toBeVisible();

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(h1(page, 'Dina bedömningar')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.reload();
  await expect(h1(page, 'Dina bedömningar')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('link', { name: NAME })).toBeVisible();
});

test('the form asks for the business name and stays open without one', async ({ page }) => {
  await page.goto('/new');
  await expect(h1(page, 'Uusi arviointi')).toBeVisible();

  await page.getByRole('button', { name: 'Luo arviointi' }).click();

  await expect(page.getByText('Kirjoita yrityksen nimi.')).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);
  const name = page.getByLabel('Yrityksen nimi', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
});

test('the home screen, the form and the overview have no serious accessibility faults', async ({
  page,
}) => {
  const found: string[] = [];
  const audit = async (screen: string) => {
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const where = v.nodes.map((n) => n.target.join(' ')).join(' | ');
      found.push(`${screen}: [${v.impact}] ${v.id}: ${v.help} (${where})`);
    }
  };

  await createThroughForm(page, NAME);
  await audit('overview');

  await page.goto('/');
  await expect(page.getByRole('link', { name: NAME })).toBeVisible();
  await audit('home');

  await page.goto('/new');
  await expect(h1(page, 'Uusi arviointi')).toBeVisible();
  await audit('new assessment');

  expect(found, found.join('\n')).toEqual([]);
});
