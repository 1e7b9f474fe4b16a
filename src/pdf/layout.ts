import type { jsPDF } from 'jspdf';
import { pdfText } from './text';

/** Page geometry, colours and text helpers shared by the PDF's parts (millimetres, A4). */
export const FONT = 'NotoSans';
export const PAGE_WIDTH = 210;
export const PAGE_HEIGHT = 297;
export const MARGIN = 16;
export const CONTENT = PAGE_WIDTH - 2 * MARGIN;
export const BOTTOM = PAGE_HEIGHT - 18;
export const INK: [number, number, number] = [27, 31, 35];
export const MUTED: [number, number, number] = [74, 85, 96];
export const BRAND: [number, number, number] = [11, 93, 91];

/** A vertical cursor over A4 pages that starts a new page when the next block will not fit. */
export class Cursor {
  y = MARGIN;
  constructor(readonly doc: jsPDF) {}

  need(height: number): void {
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN;
    }
  }
}

export function setFont(doc: jsPDF, style: 'normal' | 'bold', size: number, color = INK) {
  doc.setFont(FONT, style);
  doc.setFontSize(size);
  doc.setTextColor(...color);
}

/** Writes wrapped text and moves the cursor below it. */
export function write(
  c: Cursor,
  text: string,
  opts: { size?: number; bold?: boolean; color?: [number, number, number]; gap?: number } = {},
) {
  const size = opts.size ?? 10;
  setFont(c.doc, opts.bold ? 'bold' : 'normal', size, opts.color);
  const lines: string[] = c.doc.splitTextToSize(pdfText(text), CONTENT);
  const lineHeight = size * 0.45;
  for (const line of lines) {
    c.need(lineHeight);
    c.doc.text(line, MARGIN, c.y + lineHeight * 0.8);
    c.y += lineHeight;
  }
  c.y += opts.gap ?? 2;
}
