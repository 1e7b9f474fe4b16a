import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAssessment, STEPS } from '../../src/domain/workshop';
import { importAsBackups } from './seed';
import { textsOf, type Lng } from './texts';

const localesDir = fileURLToPath(new URL('../../locales', import.meta.url));

/** Every word of every text of a language, in lower case. */
function vocabulary(lng: Lng): Set<string> {
  const words = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      for (const w of node
        .replace(/{{\s*\w+\s*}}/g, ' ')
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [])
        words.add(w);
    } else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  const dir = join(localesDir, lng);
  for (const f of readdirSync(dir)) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return words;
}

const VOCABULARY = { fi: vocabulary('fi'), sv: vocabulary('sv'), en: vocabulary('en') };
const TOP_KEYS = Object.keys(
  Object.assign(
    {},
    ...readdirSync(join(localesDir, 'en')).map((f) =>
      JSON.parse(readFileSync(join(localesDir, 'en', f), 'utf8')),
    ),
  ),
);
const RAW_KEY = new RegExp(`\\b(?:${TOP_KEYS.join('|')})\\.[a-zA-Z]`);

/**
 * What the screen shows, its text and the names of its controls, leaving out what is marked as
 * another language on purpose (the language buttons, each named in its own language).
 */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const own = (e: Element) =>
      e.closest('[lang]')?.getAttribute('lang') === document.documentElement.lang;
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .filter(own)
      .map((e) =>
        [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')]
          .filter(Boolean)
          .join(' '),
      );
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      // The language buttons show codes (FI SV EN), words in no language's sentences.
      if (!own(parent) || parent.closest('script, style, [hidden], .lang-switch')) continue;
      if (parent.checkVisibility?.({ visibilityProperty: true }) === false) {
        // Hidden from the eye but read out (visually hidden): still on the screen for a reader.
        if (!parent.closest('.visually-hidden')) continue;
      }
      texts.push(n.textContent ?? '');
    }
    return `${texts.join(' ')}\n${labels.join('\n')}`;
  });
}

/** Words on the screen that only the other language has. */
async function wordsOf(page: Page, other: Lng, shown: Lng): Promise<string[]> {
  const text = await screenText(page);
  expect(text, 'no raw translation keys').not.toMatch(RAW_KEY);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => VOCABULARY[other].has(w) && !VOCABULARY[shown].has(w)))];
}

async function switchTo(page: Page, from: Lng, to: Lng) {
  const t = textsOf(to);
  await page.getByRole('button', { name: textsOf(from)(`app.languages.${to}`) }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
  await expect(page.getByRole('button', { name: t(`app.languages.${to}`) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Everything on the screen follows at once: no word of the language before is left.
  await expect.poll(() => wordsOf(page, from, to), { timeout: 3000 }).toEqual([]);
}

test('every step follows a language switch at once, also after its next link', async ({ page }) => {
  test.setTimeout(180_000);
  const fi = textsOf('fi');
  await page.goto('/new');
  await page.getByLabel(fi('newAssessment.name'), { exact: true }).fill('Zyxwq');
  await page.getByLabel(fi('newAssessment.participantName', { number: 1 })).fill('Qwrtz');
  await page.getByRole('button', { name: fi('newAssessment.create') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  const id = page.url().split('/a/')[1];
  await page.goto(`/a/${id}/start`);

  const t = textsOf('en');
  for (const [i, step] of STEPS.entries()) {
    await expect(page).toHaveURL(new RegExp(`/a/${id}/${step}$`));
    const arrivedIn: Lng = i === 0 ? 'fi' : 'en';
    await expect(
      page.getByRole('heading', { level: 1, name: textsOf(arrivedIn)(`steps.${step}`) }),
    ).toBeVisible();
    if (arrivedIn === 'en') {
      // Arrived by the next link in English: still all English, then back to Finnish.
      expect(await wordsOf(page, 'fi', 'en')).toEqual([]);
      expect(await wordsOf(page, 'sv', 'en')).toEqual([]);
      await switchTo(page, 'en', 'fi');
    }
    await switchTo(page, 'fi', 'sv');
    await switchTo(page, 'sv', 'en');
    const next = STEPS[i + 1];
    if (next)
      await page
        .getByRole('link', { name: t('stepsUi.next', { step: t(`steps.${next}`) }) })
        .click();
  }
});

test('the group view and a step on the projector follow a language switch at once', async ({
  page,
}) => {
  const a = createAssessment({ name: 'Zyxwq', workshopDate: '2027-02-01' });
  await importAsBackups(page, [a], 'Qwrtz');

  await page.goto('/groups/Qwrtz');
  await expect(page.getByRole('row', { name: /Zyxwq/ })).toBeVisible();
  await switchTo(page, 'fi', 'sv');
  await switchTo(page, 'sv', 'en');
  await page.goto(`/a/${a.id}/present/customerSources`);
  await expect(
    page.getByRole('heading', { level: 1, name: textsOf('en')('steps.customerSources') }),
  ).toBeVisible();
  await switchTo(page, 'en', 'fi');
  await switchTo(page, 'fi', 'sv');
});
