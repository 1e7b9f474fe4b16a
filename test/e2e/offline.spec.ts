import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { createAssessment, storedRecord, waitUntilOffline } from './pwa-helpers';
import { startStaticServer, type StaticServer } from './static-server';
import { textsOf } from './texts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const fi = textsOf('fi');
const sv = textsOf('sv');

let server: StaticServer | null = null;

test.afterEach(async () => {
  await server?.stop().catch(() => undefined);
  server = null;
});

test('after one visit the app works with the server gone: deep link, editing, language, PDF', async ({
  page,
}) => {
  test.setTimeout(90_000);
  server = await startStaticServer(dist);
  const base = server.url;
  const id = await createAssessment(page, base, 'Kotihoito Offline Oy');
  await waitUntilOffline(page);

  // The network is gone: the server is stopped and refuses every connection.
  await server.stop();
  server = null;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kotihoito Offline Oy' })).toBeVisible();

  // A deep link is a navigation the worker answers with the app.
  await page.goto(`${base}/a/${id}/grid`);
  await expect(page.getByRole('heading', { level: 1, name: fi('steps.grid') })).toBeVisible();
  const competitor = (t: typeof fi) =>
    page.getByLabel(t('gridStep.competitorName', { number: 1 }), { exact: true });
  await competitor(fi).fill('Hoiva Oy');
  await competitor(fi).blur();

  // Swedish texts come from the worker's cache too.
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: sv('steps.grid') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: sv('steps.grid') })).toBeVisible();
  await expect(competitor(sv)).toHaveValue('Hoiva Oy');
  expect(await storedRecord(page, id)).toContain('Hoiva Oy');

  // The PDF: its code and fonts were precached with the rest.
  await page.goto(`${base}/a/${id}/checkpoint`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: sv('pdf.download') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The facilitator's screens: a step on the projector, the group view and its spreadsheet.
  await page.goto(`${base}/a/${id}/present/grid`);
  await expect(page.getByRole('heading', { level: 1, name: sv('steps.grid') })).toBeVisible();
  await expect(page.getByText('Hoiva Oy').first()).toBeVisible();
  await page.goto(`${base}/a/${id}/start`);
  await page.getByLabel(sv('group.field'), { exact: true }).fill('Våren 2027');
  await page.getByLabel(sv('group.field'), { exact: true }).blur();
  await page.goto(`${base}/groups/${encodeURIComponent('Våren 2027')}`);
  await expect(page.getByRole('row', { name: /Kotihoito Offline Oy/ })).toBeVisible();
  const sheet = page.waitForEvent('download');
  await page.getByRole('button', { name: sv('groupReports.csv') }).click();
  expect((await readFile(await (await sheet).path())).toString('utf8')).toContain(
    'Kotihoito Offline Oy',
  );
});
