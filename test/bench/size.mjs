// Sizes read from the build, the same way for the app and the floor: the first screen's
// JavaScript (gzip level 9, as served) and what the service worker precaches (raw bytes on disk).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialScripts, pdfScripts, readBuildManifest } from './chunks.mjs';

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => bytes / 1000;

/** The URLs the service worker precaches, read from the generated sw.js. */
function precacheUrls(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
  if (urls.length === 0) throw new Error(`${dist}/sw.js lists no precached files.`);
  return urls;
}

function sizes(dist, pdfPrefix) {
  const manifest = readBuildManifest(dist);
  const sum = (files, size) => files.reduce((total, f) => total + size(join(dist, f)), 0);
  const urls = precacheUrls(dist);
  return {
    firstJs: kB(sum(initialScripts(manifest, dist), gzipBytes)),
    precache: kB(sum(urls, (f) => statSync(f).size)),
    info: `PDF code ${kB(sum(pdfScripts(manifest, pdfPrefix), gzipBytes)).toFixed(1)} kB gzip; precache ${urls.length} files, ${kB(sum(urls, gzipBytes)).toFixed(0)} kB gzip`,
  };
}

/** The two size figures for every subject (one value each: a build has no noise). */
export function sizeFigures(subjects) {
  const all = Object.fromEntries(subjects.map((s) => [s.name, sizes(s.dist, s.pdf.source)]));
  const pick = (key) => Object.fromEntries(Object.entries(all).map(([n, v]) => [n, [v[key]]]));
  return {
    figures: { firstJs: pick('firstJs'), precache: pick('precache') },
    info: Object.fromEntries(Object.entries(all).map(([n, v]) => [`${n} size`, v.info])),
  };
}
