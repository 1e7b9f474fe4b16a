import type { jsPDF } from 'jspdf';
import { newA4 } from './document';
import { drawChart } from './chart';
import {
  BRAND,
  CONTENT,
  Cursor,
  INK,
  MARGIN,
  MUTED,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  setFont,
  write,
} from './layout';
import type { PdfFonts } from './fonts';
import type { Report, ReportBlock, ReportParagraph, ReportSection } from './model';
import { PAGE, PAGES } from './report';
import { drawTable, tableStart } from './table';
import { pdfText } from './text';

/** Room a section's heading takes: the space above it, its line and the gap below it. */
const HEADING = 2 + 13 * 0.45 + 2.5;

/** The height a paragraph takes, as write() draws it. */
function paragraphHeight(c: Cursor, p: ReportParagraph): number {
  setFont(c.doc, p.style === 'strong' ? 'bold' : 'normal', 10);
  const lines: string[] = c.doc.splitTextToSize(pdfText(p.text), CONTENT);
  return lines.length * 10 * 0.45 + 2.5;
}

/**
 * The least room the blocks from `i` on need to begin: a table's header row and first row, a
 * line of text; a sub-heading (a strong paragraph) or an introduction (a muted one) also needs
 * the start of what it introduces, so that it is never left alone at a page's foot.
 */
function startOf(c: Cursor, blocks: readonly ReportBlock[], i: number): number {
  const b = blocks[i];
  if (b === undefined) return 0;
  if (b.kind === 'table') return tableStart(c.doc, b);
  if (b.kind === 'questions') return 14;
  const leads = b.style !== undefined && b.style !== 'normal' && i + 1 < blocks.length;
  return leads ? paragraphHeight(c, b) + startOf(c, blocks, i + 1) : 5;
}

/** A section, its heading kept on the same page as the start of its first block. */
function section(c: Cursor, s: ReportSection) {
  c.need(HEADING + startOf(c, s.blocks, 0));
  c.y += 2;
  write(c, s.title, { size: 13, bold: true, color: BRAND, gap: 2.5 });
  s.blocks.forEach((b, i) => {
    if (i > 0 && b.kind === 'paragraph' && b.style === 'strong') c.need(startOf(c, s.blocks, i));
    block(c, b);
  });
}

function block(c: Cursor, b: ReportBlock) {
  switch (b.kind) {
    case 'table':
      return drawTable(c, b);
    case 'paragraph':
      return write(c, b.text, {
        bold: b.style === 'strong',
        color: b.style === 'muted' ? MUTED : INK,
        gap: 2.5,
      });
    case 'questions':
      for (const item of b.items) {
        c.need(14);
        write(c, item.question, { bold: true, gap: 1 });
        write(c, item.answer.trim() || '–', { gap: 3.5 });
      }
  }
}

function header(c: Cursor, r: Report) {
  const { doc } = c;
  doc.setFillColor(...BRAND);
  doc.rect(0, 0, PAGE_WIDTH, 9, 'F');
  write(c, r.title.toUpperCase(), { size: 9, bold: true, color: BRAND, gap: 0 });
  c.y += 4;
  write(c, r.businessName, { size: 20, bold: true, gap: 3 });
  for (const d of r.details)
    write(c, `${d.label}: ${d.value}`, { size: 10, color: MUTED, gap: 0.5 });
  c.y += 4;
  // The agreed checkpoint stands out: it is what the business must not miss.
  const boxHeight = r.checkpoint.who ? 20 : 15;
  doc.setDrawColor(...BRAND);
  doc.setLineWidth(0.8);
  doc.setFillColor(227, 240, 239);
  doc.roundedRect(MARGIN, c.y, CONTENT, boxHeight, 2, 2, 'FD');
  setFont(doc, 'bold', 9, BRAND);
  doc.text(pdfText(r.checkpoint.label), MARGIN + 5, c.y + 6);
  setFont(doc, 'bold', 15);
  doc.text(pdfText(r.checkpoint.value), MARGIN + 5, c.y + 12.5);
  if (r.checkpoint.who) {
    setFont(doc, 'normal', 9.5, MUTED);
    doc.text(pdfText(r.checkpoint.who), MARGIN + 5, c.y + 17.5);
  }
  c.y += boxHeight + 8;
}

function agreement(c: Cursor, r: Report) {
  c.need(50);
  write(c, r.agreement.title, { size: 13, bold: true, color: BRAND, gap: 2 });
  write(c, r.agreement.text, { gap: 10 });
  for (const label of r.agreement.lines) {
    c.need(16);
    c.doc.setDrawColor(...INK);
    c.doc.setLineWidth(0.3);
    c.doc.line(MARGIN, c.y + 8, PAGE_WIDTH - MARGIN, c.y + 8);
    write(c, label, { size: 8.5, color: MUTED, gap: 0 });
    c.y += 12;
  }
}

function footers(doc: jsPDF, r: Report) {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    setFont(doc, 'normal', 8, MUTED);
    doc.text(pdfText(r.footer.made), MARGIN, PAGE_HEIGHT - 8);
    const page = r.footer.page.replace(PAGE, String(i)).replace(PAGES, String(pages));
    doc.text(pdfText(page), PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 8, { align: 'right' });
  }
}

/** Draws the report as an A4 portrait PDF with the given embedded fonts. */
export function renderPdf(r: Report, fonts: PdfFonts): Blob {
  const title = [r.title, pdfText(r.businessName).trim()].filter(Boolean).join(' – ');
  const doc = newA4(fonts, r.lang, title);
  const c = new Cursor(doc);
  header(c, r);
  for (const s of r.plan) section(c, s);
  drawChart(c, r.chart);
  for (const s of r.sections) section(c, s);
  agreement(c, r);
  footers(doc, r);
  return doc.output('blob');
}
