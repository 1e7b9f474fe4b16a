import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { drawChart } from './chart';
import {
  BOTTOM,
  BRAND,
  CONTENT,
  Cursor,
  FONT,
  INK,
  MARGIN,
  MUTED,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  setFont,
  write,
} from './layout';
import type { PdfFonts } from './fonts';
import { FONT_FILES } from './fonts';
import type { Report, ReportBlock } from './model';
import { PAGE, PAGES } from './report';
import { pdfText } from './text';

function table(c: Cursor, block: Extract<ReportBlock, { kind: 'table' }>) {
  const widths = block.widths ?? block.head.map(() => 1);
  const total = widths.reduce((s, w) => s + w, 0);
  const small = block.head.length > 5;
  autoTable(c.doc, {
    startY: c.y,
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: PAGE_HEIGHT - BOTTOM },
    head: [block.head.map(pdfText)],
    body: block.rows.map((row) => row.map((cell) => pdfText(cell))),
    theme: 'grid',
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    styles: {
      font: FONT,
      fontSize: small ? 7.5 : 9,
      cellPadding: 1.6,
      textColor: INK,
      lineColor: [201, 207, 212],
      lineWidth: 0.2,
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { fillColor: BRAND, textColor: [255, 255, 255], fontStyle: 'bold' },
    alternateRowStyles: { fillColor: [245, 246, 243] },
    columnStyles: Object.fromEntries(
      widths.map((w, i) => [i, { cellWidth: (CONTENT * w) / total }]),
    ),
  });
  c.y = (c.doc as jsPDF & { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 4;
}

function block(c: Cursor, b: ReportBlock) {
  switch (b.kind) {
    case 'table':
      return table(c, b);
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
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS(FONT_FILES.regular, fonts.regular);
  doc.addFont(FONT_FILES.regular, FONT, 'normal');
  doc.addFileToVFS(FONT_FILES.bold, fonts.bold);
  doc.addFont(FONT_FILES.bold, FONT, 'bold');
  doc.setLanguage(r.lang as 'fi');
  const title = [r.title, pdfText(r.businessName).trim()].filter(Boolean).join(' – ');
  doc.setProperties({ title: pdfText(title), creator: 'Markkinapaja' });
  const c = new Cursor(doc);
  header(c, r);
  drawChart(c, r.chart);
  for (const section of r.sections) {
    c.need(24);
    c.y += 2;
    write(c, section.title, { size: 13, bold: true, color: BRAND, gap: 2.5 });
    for (const b of section.blocks) block(c, b);
  }
  agreement(c, r);
  footers(doc, r);
  return doc.output('blob');
}
