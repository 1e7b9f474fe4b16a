import { createHash } from 'node:crypto';
import { expect, test, type Request } from '@playwright/test';
import { textsOf } from './texts';

const t = textsOf('fi');
const STEP_COUNT = 13;

test('every request of a full workshop, the PDF included, goes to the app’s own origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL ?? '').origin;
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to load (CSP ${e.effectiveDirective}): ${e.blockedURI}`),
    ),
  );

  await page.goto('/');
  await page.getByRole('link', { name: t('home.new') }).click();
  await page.getByLabel(t('newAssessment.name'), { exact: true }).fill('Pihlajakoti Oy');
  await page.getByRole('button', { name: t('newAssessment.create') }).click();
  await expect(page).toHaveURL(/\/a\/[^/]+$/);
  await page
    .getByRole('link', { name: t('overview.continue', { step: t('steps.start') }) })
    .click();

  // Through every step with the Next button, as a user would.
  for (let i = 1; i < STEP_COUNT; i++) {
    const next = page.locator('.step-nav a[rel="next"]');
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    if (page.url().endsWith('/grid')) {
      await page
        .getByLabel(t('gridStep.competitorName', { number: 1 }), { exact: true })
        .fill('Hoiva Oy');
    }
  }
  await expect(page).toHaveURL(/\/checkpoint$/);
  await page.getByLabel(t('summary.checkpoint.date'), { exact: true }).fill('2027-05-20');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('pdf.download') }).click();
  await download;

  await page.getByRole('link', { name: t('pwa.yourData.link') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: t('pwa.yourData.title') }),
  ).toBeVisible();

  // The worker's precache downloads are requests of the app too.
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
  );

  const elsewhere = requests
    .map((r) => r.url())
    .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))
    .filter((url) => new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  // The run did see the app's own loading: chunks, the fonts for the PDF, the worker's fetches.
  const urls = requests.map((r) => new URL(r.url()).pathname);
  expect(urls.some((p) => /^\/assets\/pdf-[^/]+\.js$/.test(p))).toBe(true);
  expect(urls).toContain('/fonts/NotoSans-Regular.ttf');
  expect(requests.some((r) => r.serviceWorker() !== null)).toBe(true);
  expect(urls.filter((p) => p.includes('pdf-unused-'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('the built page allows only its own origin and no inline script but the hashed frame script', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toBeDefined();
  const policy = (csp ?? '').replaceAll('&#39;', "'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter(([, attrs]) => !/\bsrc=/.test(attrs));
  expect(scripts.length - inline.length).toBeGreaterThan(0);
  for (const [, attrs] of scripts.filter((s) => !inline.includes(s))) {
    expect(attrs).toMatch(/\bsrc="\//);
  }
  // One inline script, the first screen's frame, allowed by its hash and by nothing wider.
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256').update(inline[0][2], 'utf8').digest('base64');
  expect(/script-src ([^;]+);/.exec(policy)?.[1]).toBe(`'self' 'sha256-${hash}'`);
});
