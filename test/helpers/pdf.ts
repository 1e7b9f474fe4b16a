import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { FONT_FILES } from '../../src/pdf/fonts';

/** The app's two PDF fonts as the renderers take them (base64), read from public/fonts. */
export const embeddedFonts = {
  regular: readFileSync(resolve('public/fonts', FONT_FILES.regular)).toString('base64'),
  bold: readFileSync(resolve('public/fonts', FONT_FILES.bold)).toString('base64'),
};

const standardFontDataUrl = `${resolve('node_modules/pdfjs-dist/standard_fonts')}/`;

/**
 * Every page's text pieces in the order they were drawn, as pdf.js reads them, whether each
 * page lies in landscape, and the title.
 */
export async function readPdfPieces(
  pdf: Blob | Uint8Array,
): Promise<{ pages: string[][]; landscape: boolean[]; title: string }> {
  const data = pdf instanceof Uint8Array ? pdf : new Uint8Array(await pdf.arrayBuffer());
  const doc = await getDocument({ data, standardFontDataUrl, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  const landscape: boolean[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view;
    landscape.push(width > height);
    const content = await page.getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item ? [item.str] : [])));
  }
  const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
  return { pages, landscape, title: info.Title ?? '' };
}

/** Text pieces as a reader would copy them: joined by spaces, whitespace folded. */
export const foldPieces = (pieces: readonly string[]) => pieces.join(' ').replace(/\s+/g, ' ');

/** A PDF's whole text as a reader would copy it, whitespace folded. */
export async function pdfText(pdf: Blob | Uint8Array): Promise<string> {
  return foldPieces((await readPdfPieces(pdf)).pages.flat());
}
