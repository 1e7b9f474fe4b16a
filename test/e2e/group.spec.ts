import { axeProblems } from './axe';
import { expect, test } from '@playwright/test';
import { createAssessment, type Assessment, type Level } from '../../src/domain/workshop';
import { importAsBackups } from './seed';
import { textsOf } from './texts';

const t = textsOf('fi');
const GROUP = 'Kevät 2027 · Seinäjoki';

/** A business that rates its conversations at `level` aiming at `target`, with a checkpoint. */
function business(name: string, level: Level, target: Level, checkpoint: string): Assessment {
  const a = createAssessment({ name, workshopDate: '2027-02-01' });
  return {
    ...a,
    customerSources: {
      ...a.customerSources,
      conversations: { level, target, important: level === 0 },
    },
    checkpoint: { date: checkpoint, who: '' },
  };
}

const businesses = [
  business('Aurinko Hoiva', 1, 3, '2027-06-01'),
  business('Betania Koti', 0, 2, '2027-04-15'),
  business('Cedar Care', 3, 3, '2027-05-02'),
];

test('several backups imported into one group show side by side in the group view', async ({
  page,
}) => {
  await importAsBackups(page, businesses, GROUP);

  await page.goto('/');
  await page.getByLabel(t('groups.filter')).selectOption(GROUP);
  await page.getByRole('link', { name: t('groups.open', { name: GROUP }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    t('group.title', { name: GROUP }),
  );

  const row = (name: string) => page.getByRole('row').filter({ hasText: name });
  // The first source column comes after the business, its total gap and its plan.
  const firstSource = (name: string) => row(name).getByRole('cell').nth(2);
  await expect(firstSource('Aurinko Hoiva')).toContainText(
    `${t('group.cell', { level: 1, target: 3 })}, ${t('group.above')}`,
  );
  await expect(firstSource('Betania Koti')).toContainText(t('group.important'));
  await expect(firstSource('Cedar Care')).toContainText(t('group.cell', { level: 3, target: 3 }));
  await expect(firstSource('Cedar Care')).not.toContainText(t('group.above'));
  await expect(row(t('group.average')).getByRole('cell').nth(2)).toContainText(
    t('group.averageCell', { level: '1,3', target: '2,7' }),
  );
  await expect(row('Aurinko Hoiva').getByRole('cell').nth(1)).toHaveText(t('group.noFollowUp'));

  const names = () => page.locator('.group-table tbody th').allTextContents();
  expect(await names()).toEqual(['Aurinko Hoiva', 'Betania Koti', 'Cedar Care']);
  await page
    .getByRole('button', { name: t('group.sortBy', { column: t('group.business') }) })
    .click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  expect(await names()).toEqual(['Cedar Care', 'Betania Koti', 'Aurinko Hoiva']);
  await page
    .getByRole('button', { name: t('group.sortBy', { column: t('group.totalGap') }) })
    .click();
  expect(await names()).toEqual(['Aurinko Hoiva', 'Betania Koti', 'Cedar Care']);
  await page
    .getByRole('button', { name: t('group.sortBy', { column: t('group.totalGap') }) })
    .click();
  expect(await names()).toEqual(['Cedar Care', 'Aurinko Hoiva', 'Betania Koti']);

  const checkpoints = page.locator('.group-checkpoints li a');
  await expect(checkpoints).toHaveText(['Betania Koti', 'Cedar Care', 'Aurinko Hoiva']);
  await expect(page.getByRole('region', { name: t('group.wantedTitle') })).toContainText(
    t('group.wanted_other', {
      source: t('sources.customer.conversations'),
      part: t('group.part.customer'),
      count: 2,
    }),
  );

  expect(await axeProblems(page)).toEqual([]);
});
