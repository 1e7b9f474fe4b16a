// Which built files a first visit loads before the first screen, and which the PDF adds, read
// from Vite's build manifest (dist/.vite/manifest.json). Used by the size budget (.size-limit.js)
// and by `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The build manifest of a dist folder; tells how to make one when it is missing. */
export function readBuildManifest(dist = 'dist') {
  const file = join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A chunk's file and every file it imports statically, transitively (paths inside dist). */
function withStaticImports(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) withStaticImports(manifest, dep, into);
  return into;
}

/**
 * The JavaScript loaded before the first screen: the entry, its static imports, and the Finnish
 * texts (the default language), which start-up fetches before it renders anything. Given the
 * dist folder, also every script its index.html preloads, with their static imports.
 */
export function initialScripts(manifest, dist) {
  const files = withStaticImports(manifest, 'index.html');
  withStaticImports(manifest, 'src/i18n/lang/fi.ts', files);
  if (dist) {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
    for (const [tag] of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
      const href = /\bhref="\/?([^"]+)"/.exec(tag)?.[1];
      if (!href) continue;
      if (byFile.has(href)) withStaticImports(manifest, byFile.get(href), files);
      else files.add(href);
    }
  }
  return [...files].filter((f) => f.endsWith('.js'));
}

/**
 * The JavaScript that making a PDF adds to what is already loaded: the dynamic entries whose
 * source starts with `prefix` (the app's src/pdf/), with jsPDF.
 */
export function pdfScripts(manifest, prefix = 'src/pdf/') {
  const initial = new Set(initialScripts(manifest));
  const files = new Set();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (key.startsWith(prefix) && chunk.isDynamicEntry) withStaticImports(manifest, key, files);
  }
  return [...files].filter((f) => f.endsWith('.js') && !initial.has(f));
}
