import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import {
  collectErrors,
  createThroughForm,
  expectSavingThenSaved,
  openStep,
  questionLabel,
  readStored,
  tempProfile,
} from './resilience-helpers';
import { startStaticServer } from './static-server';
import { textsOf } from './texts';

const t = textsOf('fi');
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

interface Running {
  readonly child: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Starts Chromium as its own process on a profile folder, as a phone keeps its browser data,
 * and connects to it. Killing this process is a crash the app gets no warning of.
 */
async function startChromium(profile: string): Promise<Running> {
  const use = test.info().project.use;
  const child = spawn(
    use.launchOptions?.executablePath ?? '/usr/bin/chromium',
    [
      ...(use.launchOptions?.args ?? []),
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--lang=fi-FI',
      '--accept-lang=fi-FI,fi',
      '--window-size=360,740',
      'about:blank',
    ],
    // Its own process group, so that the kill takes its helper processes along.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${said}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(said);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${said}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  return { child, browser, page };
}

/** Ends the browser at once, with SIGKILL: no unload, no flush, no clean shutdown. */
async function kill({ child }: Running): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  if (child.pid) process.kill(-child.pid, 'SIGKILL');
  await exited;
}

// The killed browser cannot hand over a trace; collecting one at the end failed the test now and
// then ("Target page, context or browser has been closed") after every answer had been found.
test.use({ trace: 'off' });

test('answers shown as saved are there after the browser is killed and started again', async () => {
  test.setTimeout(90_000);
  const profile = tempProfile();
  const server = await startStaticServer(dist);
  let running: Running | null = null;
  try {
    running = await startChromium(profile.dir);
    const { page } = running;
    const errors = collectErrors(page);
    const base = server.url;
    const id = await createThroughForm(page, t, 'Kotihoito Kaatuva Oy', base);

    const saved = new Map<string, string>();
    await openStep(page, id, 'goals', base);
    const goal = page.getByLabel(t('goalsStep.goal'), { exact: true });
    const steps = page.getByLabel(t('goalsStep.steps'), { exact: true });
    const responsible = page.getByLabel(t('goalsStep.responsible'), { exact: true });
    for (let i = 0; i < 3; i++) {
      await goal.nth(i).fill(`Tavoite ${i + 1} ennen kaatumista`);
      await steps.nth(i).fill(`Askel A${i + 1}\nAskel B${i + 1}`);
      await expectSavingThenSaved(page, t);
      saved.set(`goal${i + 1}.goal`, `Tavoite ${i + 1} ennen kaatumista`);
      saved.set(`goal${i + 1}.steps`, `Askel A${i + 1}\nAskel B${i + 1}`);
    }
    // The last answer is still in focus: only the pause after typing saves it.
    await responsible.nth(0).pressSequentially('Aino Ahonen');
    await expectSavingThenSaved(page, t);
    saved.set('goal1.responsible', 'Aino Ahonen');

    await openStep(page, id, 'competitorQuestions', base);
    const answer = page.getByLabel(questionLabel(t, 2), { exact: true });
    await answer.pressSequentially('Opimme heidän tavastaan kysyä palautetta.');
    await expectSavingThenSaved(page, t);

    await kill(running);
    running = null;

    running = await startChromium(profile.dir);
    const again = running.page;
    const errorsAfter = collectErrors(again);
    await openStep(again, id, 'goals', base);
    for (let i = 0; i < 3; i++) {
      await expect(again.getByLabel(t('goalsStep.goal'), { exact: true }).nth(i)).toHaveValue(
        saved.get(`goal${i + 1}.goal`) ?? '',
      );
      await expect(again.getByLabel(t('goalsStep.steps'), { exact: true }).nth(i)).toHaveValue(
        saved.get(`goal${i + 1}.steps`) ?? '',
      );
    }
    await expect(again.getByLabel(t('goalsStep.responsible'), { exact: true }).nth(0)).toHaveValue(
      'Aino Ahonen',
    );
    const stored = await readStored(again, id);
    expect((stored?.competitorQuestions as Record<string, string>).learn).toBe(
      'Opimme heidän tavastaan kysyä palautetta.',
    );
    expect([...errors, ...errorsAfter]).toEqual([]);
  } finally {
    if (running) await kill(running);
    await server.stop();
    profile.remove();
  }
});
