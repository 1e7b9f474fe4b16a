import { expect, test } from '@playwright/test';
import { serializeBackup } from '../../src/domain/backup';
import {
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  createAssessment,
  type Assessment,
  type Level,
} from '../../src/domain/workshop';
import { axeProblems } from './axe';
import { textsOf } from './texts';

const t = textsOf('fi');
const GROUP = 'Kevät 2027 · Seinäjoki';
const COUNT = 12;

const level = (i: number, j: number) => ((i + j) % 4) as Level;
const target = (i: number, j: number) => Math.min(3, level(i, j) + ((i * j) % 3)) as Level;
const sources = [...CUSTOMER_SOURCES, ...COMPETITOR_SOURCES];

/** Business i of a season: every source rated, people named, a goal, a checkpoint in May. */
function business(i: number): Assessment {
  const a = createAssessment({
    name: `Hoivapalvelu ${String.fromCharCode(65 + i)}${i} Oy`,
    workshopDate: '2027-02-01',
    facilitator: 'Fiia Fasilitaattori',
    participants: [{ name: `Osallistuja Nimi${i}`, role: 'Yrittäjä' }],
  });
  const rated = (ids: readonly string[], offset: number) =>
    Object.fromEntries(
      ids.map((id, k) => {
        const j = offset + k;
        return [id, { level: level(i, j), target: target(i, j), important: j === i }];
      }),
    );
  return {
    ...a,
    customerSources: rated(CUSTOMER_SOURCES, 0) as Assessment['customerSources'],
    competitorSources: rated(
      COMPETITOR_SOURCES,
      CUSTOMER_SOURCES.length,
    ) as Assessment['competitorSources'],
    goals: {
      ...a.goals,
      goal1: { ...a.goals.goal1, goal: `Tavoiteteksti${i}`, responsible: `Vastuuhenkilö${i}` },
    },
    // Numbered backwards, so that the checkpoints' order is not the order of the files.
    checkpoint: {
      date: `2027-05-${String(COUNT + 1 - i).padStart(2, '0')}`,
      who: `Tarkistaja${i}`,
    },
  };
}

const businesses = Array.from({ length: COUNT }, (_, i) => business(i));
const average = (j: number, of: (i: number, j: number) => number) =>
  new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 }).format(
    businesses.reduce((n, _, i) => n + of(i, j), 0) / COUNT,
  );

test('a season of 12 businesses: imported into one group, side by side, in reports', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/backup');
  await page.getByLabel(t('groups.importLabel')).fill(GROUP);
  await page.getByLabel(t('backup.choose')).setInputFiles(
    businesses.map((a, i) => ({
      name: `yritys-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(serializeBackup([a], '0.1.0', new Date().toISOString())),
    })),
  );
  await expect(page.getByText(t('backup.imported_other', { count: COUNT }))).toBeVisible();

  await page.goto(`/groups/${encodeURIComponent(GROUP)}`);
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });
  for (const [i, a] of businesses.entries()) {
    // After the business, its total gap and its plan come the sources in the workshop's order.
    const cells = row(a.business.name).getByRole('cell');
    await expect(cells).toHaveCount(2 + sources.length);
    for (const j of [0, 5, CUSTOMER_SOURCES.length, sources.length - 1]) {
      await expect(cells.nth(2 + j)).toContainText(
        t('group.cell', { level: level(i, j), target: target(i, j) }),
      );
    }
  }
  const averages = row(t('group.average')).getByRole('cell');
  for (const j of sources.keys()) {
    await expect(averages.nth(2 + j)).toContainText(
      t('group.averageCell', { level: average(j, level), target: average(j, target) }),
    );
  }
  await expect(page.locator('.group-checkpoints li a')).toHaveText(
    [...businesses].reverse().map((a) => a.business.name),
  );
  expect(await axeProblems(page)).toEqual([]);
});
