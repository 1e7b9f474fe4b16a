import { expect, test } from '@playwright/test';
import { createAssessment } from '../../src/domain/workshop';
import { serializeBackup } from '../../src/domain/backup';
import { applyChanges } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { restoreAssessment } from '../../src/domain/workshop';
import { textsOf } from './texts';

const PAYLOADS = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  'javascript:alert(4)',
];

test('an imported file with script and HTML in its texts shows them as plain text', async ({
  page,
}) => {
  const t = textsOf('fi');
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const base = createAssessment({ name: PAYLOADS[0], facilitator: PAYLOADS[2] });
  const evil = restoreAssessment(
    applyChanges(base, [
      setAt(['competitorQuestions', 'learn'], PAYLOADS[1]),
      setAt(['goals', 'goal1', 'goal'], PAYLOADS[3]),
      setAt(['notes', 'start'], PAYLOADS.join(' ')),
    ]),
  )!;
  const file = serializeBackup([evil], '0.1.0', new Date().toISOString());

  await page.goto('/backup');
  await page.getByLabel(t('backup.choose')).setInputFiles({
    name: 'hyokkays.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByText(t('backup.imported_one', { count: 1 }))).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('link', { name: PAYLOADS[0] })).toBeVisible();
  await page.goto(`/a/${evil.id}/competitorQuestions`);
  await expect(page.getByLabel(`3. ${t('competitorQuestions.learn')}`)).toHaveValue(PAYLOADS[1]);
  await page.goto(`/a/${evil.id}/start`);
  await expect(page.getByLabel(t('stepsUi.notesLabel'))).toHaveValue(PAYLOADS.join(' '));
  await page.goto(`/a/${evil.id}/checkpoint`);
  await expect(page.getByText(PAYLOADS[3]).first()).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
});
