/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
// The web app manifest. Finnish is the app's default language, so the texts a launcher or an
// install dialog shows are Finnish.
import manifest from './src/pwa/manifest.json' with { type: 'json' };

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// A label for a test build (the update test serves two builds that must differ).
const label = process.env.MARKKINAPAJA_BUILD_LABEL;
// The app's version as import.meta.env.VITE_APP_VERSION: shown on the Your data screen and written
// into backup files. Vite reads VITE_ variables from the environment after loading this file.
process.env.VITE_APP_VERSION = label ? `${version}+${label}` : version;

/**
 * Only the app's own origin: no inline script, nothing from another host. The PDF is delivered as
 * a blob: URL (a download or a new tab, which are navigations and not governed by this policy);
 * frames may show one. Added to the built index.html only: the dev server's hot reload needs
 * inline scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
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

export default defineConfig({
  plugins: [
    preact(),
    contentSecurityPolicy(),
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
  },
});
