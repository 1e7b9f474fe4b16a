import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readPdf } from './pdf-text';
import { textsOf } from './texts';

const fi = textsOf('fi');
const sv = textsOf('sv');

const SECTIONS = [
  'controller',
  'purposes',
  'legalBasis',
  'categories',
  'specialCategories',
  'sources',
  'recipients',
  'retention',
  'rights',
  'complaint',
] as const;

/** Answers one yes/no question by its legend. */
async function answer(page: Page, legend: string, value: 'yes' | 'no') {
  await page
    .getByRole('group', { name: legend, exact: true })
    .getByLabel(fi(`yesNo.${value}`), { exact: true })
    .check();
}

/** The WCAG 2.1 A and AA violations axe finds on the page as it is now. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** The words of a .docx as a reader sees them: word/document.xml without its markup. */
function docxText(path: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = strFromU8(files['word/document.xml']);
  return xml
    .replace(/<w:p[ >]/g, ' $&')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, ' ');
}

test('the privacy notice is edited, kept over a reload, and taken out in Swedish from a Finnish UI', async ({
  page,
}) => {
  const name = 'Hoivapalvelu Åkerö Oy';
  await page.goto('/new');
  await page.getByLabel(fi('newAssessment.name'), { exact: true }).fill(name);
  await page.getByRole('button', { name: fi('newAssessment.create') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  const id = page.url().split('/a/')[1];

  // The register step: direct marketing, e-mail kept, and two GDPR checks answered "no".
  await page.goto(`/a/${id}/register`);
  await answer(page, fi('registerStep.exists'), 'yes');
  await answer(page, fi('registerStep.directMarketing'), 'yes');
  for (const field of ['name', 'email', 'purchaseHistory'] as const) {
    await answer(
      page,
      fi('registerStep.fieldInRegister', { field: fi(`registerFields.${field}`) }),
      'yes',
    );
  }
  await answer(page, fi('gdprChecks.privacyNotice'), 'no');
  await answer(page, fi('gdprChecks.retention'), 'no');
  await answer(page, fi('gdprChecks.accessLimited'), 'yes');
  await page.getByRole('link', { name: fi('notice.link') }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${id}/privacy-notice$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fi('notice.screenTitle'));

  await answer(page, fi('notice.health'), 'yes');
  await page.getByLabel(fi('notice.language')).selectOption('sv');
  const retention = page.getByRole('textbox', { name: `8. ${sv('notice.sections.retention')}` });
  await expect(retention).toHaveValue(/En kund är sällan kund för alltid/);
  const own =
    'Kunduppgifterna raderas två år efter det senaste besöket. Bokföringen sparas i tio år.';
  await retention.fill(own);
  await retention.blur();
  await expect(page.getByText(fi('notice.edited'))).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // A reload keeps the Swedish text; the Finnish one is still the draft.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fi('notice.screenTitle'));
  await expect(
    page.getByRole('textbox', { name: `8. ${fi('notice.sections.retention')}` }),
  ).toHaveValue(/Asiakas on harvoin asiakas ikuisesti/);
  await page.getByLabel(fi('notice.language')).selectOption('sv');
  await expect(
    page.getByRole('textbox', { name: `8. ${sv('notice.sections.retention')}` }),
  ).toHaveValue(own);
  await expect(
    page.getByRole('group', { name: fi('notice.health') }).getByLabel(fi('yesNo.yes')),
  ).toBeChecked();

  // What every section must say in the file, beyond its title.
  const expected = [
    name,
    sv('notice.title'),
    sv('notice.purposes.directMarketing'),
    sv('notice.bases.consent'),
    sv('registerFields.email'),
    '9.2 h',
    own,
    sv('notice.rights.portability'),
    sv('notice.todo.retention'),
    sv('notice.todo.privacyNotice'),
    ...SECTIONS.map((s, i) => `${i + 1}. ${sv(`notice.sections.${s}`)}`),
  ];

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fi('notice.pdf') }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^dataskyddsbeskrivning_Hoivapalvelu-Åkerö-Oy_.*\.pdf$/);
  const pdfPath = test.info().outputPath('notice.pdf');
  await pdf.saveAs(pdfPath);
  const { text: pdfWords } = await readPdf(pdfPath);
  for (const words of expected) expect(pdfWords).toContain(words);
  expect(pdfWords).not.toContain(fi('notice.sections.retention'));
  await expect(page.getByRole('status').filter({ hasText: pdf.suggestedFilename() })).toBeVisible();

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fi('notice.docx') }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const docxPath = test.info().outputPath('notice.docx');
  await docx.saveAs(docxPath);
  const docxWords = docxText(docxPath);
  for (const words of expected) expect(docxWords).toContain(words);
  // The UI stayed Finnish all along.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fi('notice.screenTitle'));
});

test('the accessibility statement is linked from every page in each language', async ({ page }) => {
  for (const path of ['/', '/gdpr', '/your-data']) {
    await page.goto(path);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: fi('footer.accessibility') })
      .click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fi('accessibility.title'));
  }
  await expect(page.getByText('Lupa- ja valvontavirasto')).toBeVisible();
  await expect(page.getByText('WCAG 2.1')).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv('accessibility.title'));
  await expect(page.getByText('Tillstånds- och tillsynsverket')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
