import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const fonts = fileURLToPath(
  new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url),
);

/** A downloaded PDF's text as a reader would copy it (whitespace folded), and its page count. */
export async function readPdf(path: string): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(path)),
    standardFontDataUrl: fonts,
    isEvalSupported: false,
  }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  return { pages: doc.numPages, text: parts.join(' ').replace(/\s+/g, ' ') };
}
