import coverage from './font-coverage.json';

const runs = coverage as unknown as readonly (readonly [number, number])[];

function covered(code: number): boolean {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = runs[mid];
    if (code < from) hi = mid - 1;
    else if (code > to) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Emoji and what only shapes them: pictographs, flags' letters, skin tones, keycaps, tags,
 * joiners and variation selectors. The font has no emoji, and a "?" in their place reads as a
 * question ("kahvihetki kerran kvartaalissa ?"), so they are left out.
 */
const EMOJI = new RegExp(
  [
    '\\p{Extended_Pictographic}',
    '\\p{Regional_Indicator}',
    '[\\u{1F3FB}-\\u{1F3FF}]',
    '[\\u200B-\\u200D\\u2060]',
    '[\\uFE00-\\uFE0F]',
    '\\u20E3',
    '[\\u{E0020}-\\u{E007F}]',
  ].join('|'),
  'u',
);

/** Stands for a left-out character until the spaces around it are tidied (never in the font). */
const GONE = '\uE000';

/** A run of left-out characters with the spaces around it. */
const GONE_RUN = new RegExp(` *${GONE}+ *`, 'g');

/**
 * Text made safe for the PDF's font: composed (NFC) so that "a" + combining accent becomes "á",
 * tabs as spaces, emoji left out with the space they leave folded into one ("Hyvä 👍 työ" →
 * "Hyvä työ", none at a line's end or before punctuation), and every other character the font lacks (other scripts,
 * arrows) shown as one "?" instead of a garbage glyph. Line breaks are kept.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\t/g, ' ').replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || covered(code)) out += ch;
    else out += EMOJI.test(ch) ? GONE : '?';
  }
  return out.replace(GONE_RUN, (run: string, at: number, all: string) => {
    const end = at + run.length;
    const lineEdge = at === 0 || all[at - 1] === '\n' || end === all.length || all[end] === '\n';
    // No space before the punctuation that closed the sentence: "Kiitos 😀!" → "Kiitos!".
    const closes = /[.,;:!?)\]}»”’]/.test(all[end] ?? '');
    return !lineEdge && !closes && run.includes(' ') ? ' ' : '';
  });
}

export { safeFileName } from '../domain/file-name';
