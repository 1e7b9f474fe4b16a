// Makes the PDF's fonts: Noto Sans Regular and Bold cut down to the characters people in Finland
// type (Finnish, Swedish, Northern Sami, Estonian, German and the rest of Latin, the euro sign,
// dashes and quotes), so that every PDF embeds ~50 kB instead of 600 kB. Writes
// public/fonts/*.ttf and src/pdf/font-coverage.json (the code points the fonts cover).
// Run `npm run fonts` after changing the ranges; `--check` (CI) fails when the files differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1: ä ö å é ü ß …
  [0x100, 0x24f], // Latin Extended-A and -B: č đ ŋ š ŧ ž õ ő …
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, angle quotes
  [0x20ac, 0x20ac], // euro
  [0x2116, 0x2116], // numero
  [0x2122, 0x2122], // trade mark
  [0x2212, 0x2212], // minus, used by Intl for negative numbers
];
const FONTS = [
  ['400Regular/NotoSans_400Regular.ttf', 'NotoSans-Regular.ttf'],
  ['700Bold/NotoSans_700Bold.ttf', 'NotoSans-Bold.ttf'],
];

const text = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
).join('');

const check = process.argv.includes('--check');
let differs = false;
let covered = null;
for (const [source, target] of FONTS) {
  const input = readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${source}`));
  const output = await subsetFont(input, text, {
    targetFormat: 'truetype',
    // jsPDF draws glyph by glyph, without OpenType layout: the glyphs only reachable through
    // ligatures and alternates would never be drawn.
    noLayoutClosure: true,
  });
  const path = new URL(`public/fonts/${target}`, root);
  if (check) {
    differs ||= !readFileSync(path).equals(output);
  } else {
    writeFileSync(path, output);
  }
  // Coverage from the regular face: what the font really has of the requested ranges.
  covered ??= await coverage(output);
  console.log(`${target}: ${output.length} bytes`);
}
const coveragePath = new URL('src/pdf/font-coverage.json', root);
const json = `${JSON.stringify(compress(covered))}\n`;
if (check) {
  differs ||= readFileSync(coveragePath, 'utf8') !== json;
  if (differs) {
    console.error('The PDF fonts are out of date: run npm run fonts and commit the result.');
    process.exit(1);
  }
} else {
  writeFileSync(coveragePath, json);
}

async function coverage(font) {
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(font));
  return [...face.collectUnicodes()].sort((a, b) => a - b);
}

/** Code points as [from, to] runs: small enough to ship with the PDF code. */
function compress(codes) {
  const runs = [];
  for (const c of codes) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}
