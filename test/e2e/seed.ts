import { expect, type Page } from '@playwright/test';
import { serializeBackup } from '../../src/domain/backup';
import type { Assessment } from '../../src/domain/workshop';
import { makeFullAssessment } from '../helpers/factories';
import { textsOf } from './texts';

const t = textsOf('fi');

/**
 * Restores each assessment from a backup file of its own, all in one pick of files, as a
 * facilitator brings in a group's files; with `group`, every one is put in that group.
 */
export async function importAsBackups(page: Page, assessments: readonly Assessment[], group = '') {
  await page.goto('/backup');
  if (group) await page.getByLabel(t('groups.importLabel')).fill(group);
  await page.getByLabel(t('backup.choose')).setInputFiles(
    assessments.map((a, i) => ({
      name: `yritys-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(serializeBackup([a], '0.1.0', new Date().toISOString())),
    })),
  );
  const count = assessments.length;
  const key = count === 1 ? 'backup.imported_one' : 'backup.imported_other';
  await expect(page.getByText(t(key, { count }))).toBeVisible();
}

/** Puts a filled-in assessment (three competitors) on the device, as a restored backup. */
export async function seedFilled(page: Page) {
  const a = makeFullAssessment();
  await importAsBackups(page, [a]);
  return a;
}
