import { readFileSync } from 'node:fs';
import { foldPieces, readPdfPieces } from '../helpers/pdf';

/** A downloaded PDF's text as a reader would copy it (whitespace folded), and its page count. */
export async function readPdf(path: string): Promise<{ pages: number; text: string }> {
  const { pages } = await readPdfPieces(new Uint8Array(readFileSync(path)));
  return { pages: pages.length, text: foldPieces(pages.flat()) };
}
