import { jsPDF } from 'jspdf';
import './latin-only';
import { FONT_FILES, loadFonts, type PdfFonts } from './fonts';
import { FONT } from './layout';
import { pdfText } from './text';

let fonts: Promise<PdfFonts> | null = null;

/** The embedded fonts, fetched and encoded once a visit; a failed fetch is tried again. */
export function fontsOnce(): Promise<PdfFonts> {
  fonts ??= loadFonts().catch((e: unknown) => {
    fonts = null;
    throw e;
  });
  return fonts;
}

/** A new A4 portrait document with the embedded fonts, its language and its title. */
export function newA4(f: PdfFonts, lang: string, title: string): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS(FONT_FILES.regular, f.regular);
  doc.addFont(FONT_FILES.regular, FONT, 'normal');
  doc.addFileToVFS(FONT_FILES.bold, f.bold);
  doc.addFont(FONT_FILES.bold, FONT, 'bold');
  doc.setLanguage(lang as 'fi');
  doc.setProperties({ title: pdfText(title), creator: 'Markkinapaja' });
  return doc;
}
