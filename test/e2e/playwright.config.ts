import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Another checkout on the same machine may be serving its build: MARKKINAPAJA_E2E_PORT moves ours.
const port = Number(process.env.MARKKINAPAJA_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * End-to-end tests against the production build served by `vite preview`, in the system's
 * Chromium at a phone's size. Build first (`npm run test:e2e` does).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: false,
    // Without a locale the language detector would pick English.
    locale: 'fi-FI',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: root,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
