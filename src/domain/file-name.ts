/**
 * A file name that every system accepts and that still reads well: the business name and what
 * the file is, letters of any language kept, characters that file systems refuse removed.
 */
export function safeFileName(parts: readonly string[], extension: string): string {
  const cleaned = parts
    .map((p) =>
      p
        .normalize('NFC')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f<>:"/\\|?*#%&{}$!'@+`=]/g, '')
        .replace(/[^\p{L}\p{N}.,()-]+/gu, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, ''),
    )
    .filter(Boolean)
    .join('_')
    .slice(0, 100);
  return `${cleaned || 'markkinapaja'}.${extension}`;
}
