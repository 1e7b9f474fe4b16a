import { expect, type Page } from '@playwright/test';
import { serializeBackup } from '../../src/domain/backup';
import { makeFullAssessment } from '../helpers/factories';
import { textsOf } from './texts';

const t = textsOf('fi');

/** Puts a filled-in assessment (three competitors) on the device, as a restored backup. */
export async function seedFilled(page: Page) {
  const a = makeFullAssessment();
  await page.goto('/backup');
  await page.getByLabel(t('backup.choose')).setInputFiles({
    name: 'kopio.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeBackup([a], '0.1.0', new Date().toISOString())),
  });
  await expect(page.getByText(t('backup.imported_one', { count: 1 }))).toBeVisible();
  return a;
}
