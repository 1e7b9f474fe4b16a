import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import {
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  createAssessment,
  type Assessment,
  type Level,
} from '../../src/domain/workshop';
import { axeProblems } from './axe';
import { readPdf } from './pdf-text';
import { importAsBackups } from './seed';
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

/** Clicks a report button and returns the file it downloads, saved under test-results. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
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
  await importAsBackups(page, businesses, GROUP);

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

  // The spreadsheet holds the same numbers: level and target of every source, then the averages.
  const sheet = await download(page, t('groupReports.csv'));
  expect(sheet.name).toMatch(/_ryhmaraportti_\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(sheet.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { data } = Papa.parse<string[]>(bytes.toString('utf8').slice(1).trim(), {
    delimiter: ';',
  });
  const [head, ...body] = data;
  const first = head.indexOf(
    t('groupReports.sheet.level', {
      part: t('group.partHead.customer'),
      source: t('sources.customer.conversations'),
    }),
  );
  expect(first).toBeGreaterThan(0);
  for (const [i, a] of businesses.entries()) {
    const line = body.find((r) => r[0] === a.business.name);
    expect(line?.slice(first, first + 2 * sources.length)).toEqual(
      sources.flatMap((_, j) => [String(level(i, j)), String(target(i, j))]),
    );
  }
  const averageLine = body.at(-1) ?? [];
  expect(averageLine[0]).toBe(t('group.average'));
  // The spreadsheet keeps two decimals, with a decimal comma for Finnish Excel.
  const exact = (j: number, of: (i: number, j: number) => number) =>
    String(
      Math.round((businesses.reduce((n, _, i) => n + of(i, j), 0) / COUNT) * 100) / 100,
    ).replace('.', ',');
  for (const j of sources.keys()) {
    expect(averageLine.slice(first + 2 * j, first + 2 * j + 2)).toEqual([
      exact(j, level),
      exact(j, target),
    ]);
  }

  // One calendar file with every business's next checkpoint.
  const calendar = await download(page, t('groupReports.ics'));
  const events = new ICAL.Component(ICAL.parse(readFileSync(calendar.path, 'utf8')))
    .getAllSubcomponents('vevent')
    .map((e) => new ICAL.Event(e));
  expect(events).toHaveLength(COUNT);
  expect(new Set(events.map((e) => e.uid)).size).toBe(COUNT);
  expect(events.map((e) => e.startDate.toString()).sort()).toEqual(
    businesses.map((a) => a.checkpoint.date).sort(),
  );

  // The anonymous PDF names nobody: no business, no participant, owner, facilitator or goal.
  await page.getByRole('checkbox', { name: t('groupReports.anonymous') }).check();
  const pdf = await download(page, t('groupReports.pdf'));
  const { text } = await readPdf(pdf.path);
  expect(text).toContain(t('groupReports.code', { code: 'A' }));
  expect(text).toContain(t('groupReports.code', { code: 'L' }));
  const names = businesses.flatMap((a, i) => [
    a.business.name,
    `Osallistuja Nimi${i}`,
    `Vastuuhenkilö${i}`,
    `Tavoiteteksti${i}`,
    `Tarkistaja${i}`,
  ]);
  expect(names.filter((n) => text.includes(n))).toEqual([]);
  expect(text).not.toContain('Fasilitaattori');
});
