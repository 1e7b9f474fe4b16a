import { noticeBlocks, type NoticeDocument } from '../domain/notice-document';
import { fontsOnce, newA4 } from './document';
import type { PdfFonts } from './fonts';
import {
  BRAND,
  CONTENT,
  Cursor,
  MARGIN,
  MUTED,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  setFont,
  write,
} from './layout';
import { pdfText } from './text';

const INDENT = 5;

function bullets(c: Cursor, items: readonly string[]) {
  const size = 10;
  const lineHeight = size * 0.45;
  for (const item of items) {
    setFont(c.doc, 'normal', size);
    const lines: string[] = c.doc.splitTextToSize(pdfText(item), CONTENT - INDENT);
    lines.forEach((line, i) => {
      c.need(lineHeight);
      if (i === 0) c.doc.text('–', MARGIN + 1, c.y + lineHeight * 0.8);
      c.doc.text(line, MARGIN + INDENT, c.y + lineHeight * 0.8);
      c.y += lineHeight;
    });
    c.y += 1;
  }
  c.y += 1.5;
}

function body(c: Cursor, text: string) {
  for (const block of noticeBlocks(text)) {
    if (block.kind === 'list') bullets(c, block.items);
    else write(c, block.text, { gap: 2.5 });
  }
}

/** Draws the privacy notice as an A4 PDF with the given embedded fonts. */
export function renderNoticePdf(n: NoticeDocument, f: PdfFonts): Blob {
  const doc = newA4(f, n.lang, `${n.title} – ${n.subtitle}`);
  const c = new Cursor(doc);
  doc.setFillColor(...BRAND);
  doc.rect(0, 0, PAGE_WIDTH, 9, 'F');
  write(c, n.title, { size: 20, bold: true, gap: 1.5 });
  write(c, n.subtitle, { size: 12, bold: true, color: BRAND, gap: 1 });
  write(c, n.date, { size: 9.5, color: MUTED, gap: 3 });
  write(c, n.draft, { size: 9.5, bold: true, color: MUTED, gap: 5 });
  n.sections.forEach((s, i) => {
    c.need(20);
    write(c, `${i + 1}. ${s.title}`, { size: 12.5, bold: true, color: BRAND, gap: 2 });
    body(c, s.text);
    c.y += 2;
  });
  // The to-do list is for the business, not for its customers: it starts on a page of its own.
  if (n.todo.items.length > 0) {
    doc.addPage();
    c.y = MARGIN;
    write(c, n.todo.title, { size: 13, bold: true, color: BRAND, gap: 1.5 });
    write(c, n.todo.note, { size: 9.5, color: MUTED, gap: 3 });
    bullets(c, n.todo.items);
  }
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    setFont(doc, 'normal', 8, MUTED);
    doc.text(pdfText(n.subtitle), MARGIN, PAGE_HEIGHT - 8);
    const page = n.page.replace('%PAGE%', String(i)).replace('%PAGES%', String(pages));
    doc.text(pdfText(page), PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 8, { align: 'right' });
  }
  return doc.output('blob');
}

/** Makes the privacy notice's PDF. Loaded with import() only when it is asked for. */
export async function makeNoticePdf(n: NoticeDocument): Promise<{ blob: Blob; fileName: string }> {
  return { blob: renderNoticePdf(n, await fontsOnce()), fileName: `${n.fileName}.pdf` };
}
