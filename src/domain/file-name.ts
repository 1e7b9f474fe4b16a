/** The longest file name made, without its extension: well within every file system's limit. */
const MAX_LENGTH = 100;

const clean = (p: string) =>
  p
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*#%&{}$!'@+`=]/g, '')
    .replace(/[^\p{L}\p{N}.,()-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');

/**
 * A file name that every system accepts and that still reads well: the business name and what
 * the file is, letters of any language kept, characters that file systems refuse removed. The
 * first part (the business name) is shortened when the name would be too long, so that what the
 * file is and its date always stay at the end.
 */
export function safeFileName(parts: readonly string[], extension: string): string {
  const [first = '', ...rest] = parts.map(clean);
  const ending = rest.filter(Boolean).join('_');
  const room = MAX_LENGTH - (ending ? ending.length + 1 : 0);
  // Cut by characters, not UTF-16 units, so that no letter is split in half.
  const head = clean(Array.from(first).slice(0, Math.max(0, room)).join(''));
  const name = [head, ending].filter(Boolean).join('_').slice(0, MAX_LENGTH);
  return `${name || 'markkinapaja'}.${extension}`;
}
