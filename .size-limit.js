// Size budget, checked in CI after the build (`npm run size`). gzip, as served.
import { initialScripts, pdfScripts, readBuildManifest } from './test/bench/chunks.mjs';

const manifest = readBuildManifest('dist');
const inDist = (files) => files.map((f) => `dist/${f}`);
const pdf = pdfScripts(manifest);

export default [
  {
    name: 'First screen: entry, its imports and the Finnish texts',
    path: inDist(initialScripts(manifest)),
    gzip: true,
    limit: '60 kB',
  },
  // Loaded only when the user makes a PDF; listed so that its growth shows.
  ...(pdf.length > 0
    ? [{ name: 'PDF export (on demand)', path: inDist(pdf), gzip: true, limit: '160 kB' }]
    : []),
];
