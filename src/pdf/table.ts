import type { jsPDF } from 'jspdf';
import { __createTable, __drawTable, type Table } from 'jspdf-autotable';
import { hyphenate } from './hyphenate';
import { BOTTOM, BRAND, CONTENT, Cursor, FONT, INK, MARGIN, PAGE_HEIGHT } from './layout';
import type { ReportTable } from './model';
import { pdfText } from './text';

const PADDING = 1.6;

/** A table's font size: smaller when it has many columns. */
const sizeOf = (block: ReportTable) => (block.head.length > 5 ? 7.5 : 9);

/** Each column's width in millimetres, from the block's relative widths. */
function columnWidths(block: ReportTable): number[] {
  const widths = block.widths ?? block.head.map(() => 1);
  const total = widths.reduce((s, w) => s + w, 0);
  return widths.map((w) => (CONTENT * w) / total);
}

/** The cell's text for the font, with words too wide for its column broken with a hyphen. */
function cellText(doc: jsPDF, text: string, width: number, style: 'normal' | 'bold', size: number) {
  doc.setFont(FONT, style);
  doc.setFontSize(size);
  // A little less than the cell's inner width, so that the table's own wrapping agrees.
  const room = width - 2 * PADDING - 0.5;
  return hyphenate(pdfText(text), (s) => doc.getTextWidth(s) <= room);
}

/** Cell texts ready for drawing, by table: a table is measured before it is drawn. */
const prepared = new WeakMap<ReportTable, { head: string[]; body: string[][] }>();

function cellsOf(doc: jsPDF, block: ReportTable) {
  let cells = prepared.get(block);
  if (!cells) {
    const widths = columnWidths(block);
    const size = sizeOf(block);
    cells = {
      head: block.head.map((h, i) => cellText(doc, h, widths[i], 'bold', size)),
      body: block.rows.map((row) =>
        row.map((cell, i) => cellText(doc, cell, widths[i], 'normal', size)),
      ),
    };
    prepared.set(block, cells);
  }
  return cells;
}

/** The table laid out at `y`, not yet drawn: its rows know their heights. */
function layOut(doc: jsPDF, block: ReportTable, y: number): Table {
  const widths = columnWidths(block);
  const size = sizeOf(block);
  const { head, body } = cellsOf(doc, block);
  return __createTable(doc, {
    startY: y,
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: PAGE_HEIGHT - BOTTOM },
    head: [head],
    body,
    theme: 'grid',
    // A row is never split over two pages, and the header is repeated over each page's rows.
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    styles: {
      font: FONT,
      fontSize: size,
      cellPadding: PADDING,
      textColor: INK,
      lineColor: [201, 207, 212],
      lineWidth: 0.2,
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { fillColor: BRAND, textColor: [255, 255, 255], fontStyle: 'bold' },
    alternateRowStyles: { fillColor: [245, 246, 243] },
    columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: w }])),
  });
}

/** The height of a table's header row and first row: what must fit for the table to begin. */
export function tableStart(doc: jsPDF, block: ReportTable): number {
  const table = layOut(doc, block, MARGIN);
  return table.getHeadHeight(table.columns) + (table.body[0]?.height ?? 0);
}

/**
 * Draws a table where the cursor is, or on the next page when its header and first row do not
 * fit, so that a header row never stands alone at a page's foot.
 */
export function drawTable(c: Cursor, block: ReportTable): void {
  let table = layOut(c.doc, block, c.y);
  const start = table.getHeadHeight(table.columns) + (table.body[0]?.height ?? 0);
  if (c.y + start > BOTTOM) {
    c.doc.addPage();
    c.y = MARGIN;
    table = layOut(c.doc, block, c.y);
  }
  __drawTable(c.doc, table);
  c.y = (c.doc as jsPDF & { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 4;
}
