import type { TFunction } from 'i18next';
import type { jsPDF } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import { GROUP_COLUMNS, type ColumnAverage, type GroupCell } from '../domain/group';
import type { GroupReport, GroupReportRow } from '../domain/group-report';
import { PARTS, SOURCES, type Part } from '../domain/workshop';
import { intlLocale } from '../i18n/format';
import { hyphenate } from './hyphenate';
import { BRAND, Cursor, FONT, INK, MARGIN, MUTED, setFont, write } from './layout';
import { pdfText } from './text';

/** The group's heatmaps: a row per business, a column per source, coloured by the level now. */

type Rgb = [number, number, number];

/** The heatmap's colours by level, as on the group screen: the darker, the higher. */
const LEVEL_FILL: readonly Rgb[] = [
  [243, 244, 246],
  [219, 234, 254],
  [147, 197, 253],
  [30, 58, 138],
];
const AVERAGE_FILL: Rgb = [238, 241, 243];

/** A business as the report names it: by name, or by its code in an anonymous report. */
export function businessLabel(r: GroupReportRow, t: TFunction): string {
  return r.name || t('groupReports.code', { code: r.code });
}

/** The source's name without its explanation in brackets, short enough for a column head. */
const shortName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '');

function cellText(c: GroupCell): string {
  if (c.level === null && c.target === null) return '–';
  return `${c.level ?? '–'} › ${c.target ?? '–'}${c.gap > 0 ? ' +' : ''}`;
}

function averageText(a: ColumnAverage, number: (n: number) => string): string {
  if (a.level === null && a.target === null) return '–';
  const f = (n: number | null) => (n === null ? '–' : number(n));
  return `${f(a.level)} › ${f(a.target)}`;
}

/** Businesses on one landscape page of a heatmap, so that it never runs on to a portrait page. */
const ROWS_PER_PAGE = 22;
const LANDSCAPE_HEIGHT = 210;
const FOOT = 18;

/**
 * One part's heatmap, rows `from`–`to` of the businesses (the averages below the last ones), at
 * `y` on the current landscape page. Returns where the next block may start.
 */
function heatmap(
  doc: jsPDF,
  report: GroupReport,
  part: Part,
  rows: readonly GroupReportRow[],
  withAverage: boolean,
  y: number,
  t: TFunction,
  lng: string,
): number {
  const content = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const c = new Cursor(doc);
  c.y = y;
  write(c, t('groupReports.report.heatmapTitle', { part: t(`group.partHead.${part}`) }), {
    size: 13,
    bold: true,
    color: BRAND,
    gap: 1.5,
  });
  write(c, t('groupReports.report.legend'), { size: 8.5, color: MUTED, gap: 3 });

  const columns = GROUP_COLUMNS.flatMap((col, i) => (col.part === part ? [i] : []));
  const nameWidth = 40;
  const colWidth = (content - nameWidth) / columns.length;
  const headSize = 6.3;
  const fitsHead = (s: string) => {
    setFont(doc, 'bold', headSize);
    return doc.getTextWidth(s) <= colWidth - 2.2;
  };
  const number = new Intl.NumberFormat(intlLocale(lng), {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format;
  const head = [
    t('group.business'),
    ...(SOURCES[part] as readonly string[]).map((id) =>
      hyphenate(
        pdfText(shortName(t(`sources.${part}.${id}` as 'sources.customer.surveys'))),
        fitsHead,
      ),
    ),
  ];
  const body = rows.map((r) => [
    pdfText(businessLabel(r, t)),
    ...columns.map((i) => cellText(r.cells[i])),
  ]);
  const average = [
    t('group.average'),
    ...columns.map((i) => averageText(report.averages[i], number)),
  ];
  const levels = rows.map((r) => columns.map((i) => r.cells[i].level));
  autoTable(doc, {
    startY: c.y,
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: FOOT },
    head: [head],
    body: withAverage ? [...body, average] : body,
    theme: 'grid',
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    styles: {
      font: FONT,
      fontSize: 8.5,
      cellPadding: 1.1,
      textColor: INK,
      lineColor: [201, 207, 212],
      lineWidth: 0.2,
      overflow: 'linebreak',
      valign: 'middle',
      halign: 'center',
    },
    headStyles: {
      fillColor: BRAND,
      textColor: [255, 255, 255],
      fontStyle: 'bold',
      fontSize: headSize,
      valign: 'bottom',
    },
    columnStyles: {
      0: { cellWidth: nameWidth, halign: 'left' },
      ...Object.fromEntries(columns.map((_, k) => [k + 1, { cellWidth: colWidth }])),
    },
    didParseCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      const row = data.row.index;
      if (row === body.length) {
        data.cell.styles.fillColor = AVERAGE_FILL;
        data.cell.styles.fontStyle = 'bold';
        return;
      }
      if (data.column.index === 0) return;
      const level = levels[row][data.column.index - 1];
      data.cell.styles.fillColor = LEVEL_FILL[level ?? 0];
      data.cell.styles.textColor = level === 3 ? [255, 255, 255] : INK;
    },
  });
  return (doc as jsPDF & { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 8;
}

/**
 * Both parts' heatmaps on landscape pages: the second part under the first when it fits, and a
 * large group split over pages with the averages after its last rows.
 */
export function heatmaps(doc: jsPDF, report: GroupReport, t: TFunction, lng: string) {
  let y: number | null = null;
  for (const part of PARTS) {
    const chunks: GroupReportRow[][] = [];
    for (let i = 0; i < Math.max(1, report.rows.length); i += ROWS_PER_PAGE) {
      chunks.push(report.rows.slice(i, i + ROWS_PER_PAGE));
    }
    chunks.forEach((rows, k) => {
      const last = k === chunks.length - 1;
      // Title and legend, a header of up to eight lines, a row per business and the averages.
      const height = 20 + 22 + (rows.length + (last ? 1 : 0)) * 6;
      if (y === null || y + height > LANDSCAPE_HEIGHT - FOOT) {
        doc.addPage('a4', 'landscape');
        y = MARGIN;
      }
      y = heatmap(doc, report, part, rows, last, y, t, lng);
    });
  }
}
