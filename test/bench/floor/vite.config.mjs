// The floor's build: the app's plugins (Preact preset, a generated service worker) with none of
// its own. The fonts come from the app's public/fonts, as the PDF needs them.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// jsPDF's doc.html() and SVG helpers, which nobody here calls: kept out of the precache.
const UNUSED_BY_PDF = /[\\/]node_modules[\\/](html2canvas|canvg|dompurify)[\\/]/;

export default defineConfig({
  root: here('.'),
  publicDir: here('../../../public/fonts'),
  logLevel: 'warn',
  plugins: [
    preact(),
    VitePWA({
      injectRegister: false,
      strategies: 'generateSW',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf}'],
        globIgnores: ['**/pdf-unused-*.js'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    // Outside the repository: nothing there to lint, format or commit.
    outDir: join(tmpdir(), 'markkinapaja-bench-floor'),
    emptyOutDir: true,
    target: 'es2022',
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
});
