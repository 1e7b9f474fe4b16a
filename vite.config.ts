/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
// The web app manifest. Finnish is the app's default language, so the texts a launcher or an
// install dialog shows are Finnish.
import manifest from './src/pwa/manifest.json' with { type: 'json' };
import {
  readShellTexts,
  scriptHash,
  shellMarkup,
  shellScript,
  SHELL_LANGUAGES,
} from './src/app/static-shell.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// A label for a test build (the update test serves two builds that must differ).
const label = process.env.MARKKINAPAJA_BUILD_LABEL;
// The app's version as import.meta.env.VITE_APP_VERSION: shown on the Your data screen and written
// into backup files. Vite reads VITE_ variables from the environment after loading this file.
process.env.VITE_APP_VERSION = label ? `${version}+${label}` : version;

// The first screen's frame and the script that fits it to the start (src/app/static-shell.ts).
// The key is the language detector's (LANGUAGE_STORAGE_KEY in src/i18n; a test holds them equal).
const shellTexts = Object.fromEntries(
  SHELL_LANGUAGES.map((lng) => [lng, readShellTexts(new URL('./locales/', import.meta.url), lng)]),
) as Record<(typeof SHELL_LANGUAGES)[number], ReturnType<typeof readShellTexts>>;
const SHELL_SCRIPT = shellScript(shellTexts, 'markkinapaja.language');

/**
 * Only the app's own origin: no inline script but the first screen's frame script (by its
 * hash), nothing from another host. The PDF is delivered as
 * a blob: URL (a download or a new tab, which are navigations and not governed by this policy);
 * frames may show one. Added to the built index.html only: the dev server's hot reload needs
 * inline scripts.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${scriptHash(SHELL_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Draws the first screen's frame from the HTML alone (src/app/static-shell.ts). */
function staticShell(): Plugin {
  return {
    name: 'markkinapaja:static-shell',
    apply: 'build',
    transformIndexHtml: (html) => {
      const empty = '<div id="app"></div>';
      if (!html.includes(empty)) throw new Error('index.html has no empty #app to fill.');
      return html.replace(
        empty,
        `<div id="app">${shellMarkup(shellTexts.fi)}</div><script>${SHELL_SCRIPT}</script>`,
      );
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'markkinapaja:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Nothing shows until the texts are in, and Finnish, the default, is always loaded (the other
 * languages fall back to it). Fetching its chunk with the entry instead of after it takes one
 * round trip off the first screen.
 */
function preloadDefaultLocale(): Plugin {
  return {
    name: 'markkinapaja:preload-default-locale',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const chunk = Object.values(bundle ?? {}).find(
          (c) =>
            c.type === 'chunk' &&
            /[\\/]src[\\/]i18n[\\/]lang[\\/]fi\.ts$/.test(c.facadeModuleId ?? ''),
        );
        if (!chunk) throw new Error('The Finnish locale chunk is missing from the build.');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

// jsPDF loads these only for doc.html() and SVG images, which the report never uses. Named apart
// so that the service worker's precache can leave them out.
const UNUSED_BY_PDF = /[\\/]node_modules[\\/](html2canvas|canvg|dompurify)[\\/]/;

// The first screen's libraries: Preact and its router, i18next with its Preact binding.
const VENDOR_UI =
  /[\\/]node_modules[\\/](preact|preact-iso|@preact[\\/]compat|i18next|react-i18next|i18next-browser-languagedetector|i18next-resources-to-backend|use-sync-external-store)[\\/]/;

export default defineConfig({
  plugins: [
    preact(),
    contentSecurityPolicy(),
    staticShell(),
    preloadDefaultLocale(),
    VitePWA({
      // src/pwa/register.ts registers the worker itself: no inline script in index.html.
      injectRegister: false,
      registerType: 'prompt',
      strategies: 'generateSW',
      manifest: manifest as Partial<ManifestOptions>,
      // The icons are in public/ and found by globPatterns below; listing them twice would
      // only repeat them in the precache.
      includeManifestIcons: false,
      workbox: {
        // Every screen, every language, the PDF code and its fonts: the app works offline after
        // one visit. Source maps stay on the server.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf}'],
        globIgnores: ['**/pdf-unused-*.js'],
        navigateFallback: 'index.html',
        // A new version waits until the user accepts it (src/pwa/register.ts); on the very first
        // visit there is no older version, so the worker may take the open page at once.
        skipWaiting: false,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // jsPDF's PNG support, which the reports never use (src/pdf/no-png.ts).
    alias: [
      {
        find: /^fast-png$/,
        replacement: fileURLToPath(new URL('./src/pdf/no-png.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Lets the size budget find the first screen's chunks and the PDF's (test/bench/chunks.mjs).
    manifest: true,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => UNUSED_BY_PDF.test(id))
            ? 'assets/pdf-unused-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
        // Libraries in chunks of their own, named for what they are: an edit of the app's code
        // leaves their names and hashes alone, so an update does not download them again. The
        // domain stays split by screen: one chunk of it would put 3 kB more on the first screen,
        // and it changes with nearly every release anyway. jsPDF is not grouped: a group takes its
        // dependencies along, and some of them the first screen shares.
        codeSplitting: {
          groups: [
            { name: 'vendor-ui', test: VENDOR_UI, priority: 2 },
            { name: 'vendor-db', test: /[\\/]node_modules[\\/]dexie[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    environment: 'happy-dom',
    include: [
      'test/unit/**/*.test.{ts,tsx}',
      'test/storage/**/*.test.{ts,tsx}',
      'test/ui/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['test/helpers/setup.ts'],
    restoreMocks: true,
    pool: 'threads',
    maxWorkers: 2,
    // Two workers on two cores: a long screen test can take a few seconds when both are busy.
    testTimeout: 15000,
  },
});
