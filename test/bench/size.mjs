import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialScripts, pdfScripts, readBuildManifest } from './chunks.mjs';

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => (bytes / 1000).toFixed(1);

/** The URLs the service worker precaches, read from the generated sw.js. */
function precacheUrls(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
}

/**
 * The first screen's JavaScript (gzip, as served), the PDF's, and what a first visit stores for
 * offline use: the precache, as files on disk and as transferred with gzip.
 */
export function buildSizes(dist, report) {
  const manifest = readBuildManifest(dist);
  const sum = (files, size) => files.reduce((total, f) => total + size(join(dist, f)), 0);
  report('initial JavaScript, gzip', kB(sum(initialScripts(manifest), gzipBytes)), 'kB', '≤ 90');
  report('PDF JavaScript, gzip (on demand)', kB(sum(pdfScripts(manifest), gzipBytes)), 'kB');
  const urls = precacheUrls(dist);
  report(`precache, ${urls.length} files`, kB(sum(urls, (f) => statSync(f).size)), 'kB');
  report('precache, gzip', kB(sum(urls, gzipBytes)), 'kB');
}
