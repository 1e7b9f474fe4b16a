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

/** Joiners, variation selectors and skin-tone modifiers: they only shape the character before. */
function invisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff)
  );
}

/**
 * Text made safe for the PDF's font: composed (NFC) so that "a" + combining accent becomes "á",
 * tabs as spaces, and every character the font lacks (emoji, other scripts) shown as one "?"
 * instead of a garbage glyph. Line breaks are kept.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\t/g, ' ')) {
    const code = ch.codePointAt(0) ?? 0;
    if (!invisible(code)) out += ch === '\n' || covered(code) ? ch : '?';
  }
  return out.replace(/\r\n?/g, '\n');
}

export { safeFileName } from '../domain/file-name';
