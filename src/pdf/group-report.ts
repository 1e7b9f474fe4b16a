import type { TFunction } from 'i18next';
import type { jsPDF } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import { GROUP_COLUMNS, type ColumnAverage, type GroupCell } from '../domain/group';
import type { GroupReport, GroupReportRow } from '../domain/group-report';
import { PARTS, SOURCES, type Part } from '../domain/workshop';
import { intlLocale } from '../i18n/format';
import { newA4 } from './document';
import type { PdfFonts } from './fonts';
import { hyphenate } from './hyphenate';
import { BRAND, Cursor, FONT, INK, MARGIN, MUTED, setFont, write } from './layout';
import type { ReportSection } from './model';
import { dateFormatter } from './report';
import { drawTable } from './table';
import { pdfText, safeFileName } from './text';

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
function heatmaps(doc: jsPDF, report: GroupReport, t: TFunction, lng: string) {
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

function section(c: Cursor, s: ReportSection) {
  c.need(20);
  c.y += 2;
  write(c, s.title, { size: 13, bold: true, color: BRAND, gap: 2.5 });
  for (const b of s.blocks) {
    if (b.kind === 'table') drawTable(c, b);
    else if (b.kind === 'paragraph')
      write(c, b.text, { color: b.style === 'muted' ? MUTED : INK, gap: 1.5 });
  }
}

/** The summary sections of the first page: what most want to develop and the next checkpoints. */
function summarySections(report: GroupReport, t: TFunction, lng: string): ReportSection[] {
  const date = dateFormatter(lng);
  return [
    {
      title: t('group.wantedTitle'),
      blocks: report.wanted.length
        ? report.wanted.map((w, i) => ({
            kind: 'paragraph' as const,
            text: `${i + 1}. ${t('group.wanted', {
              source: t(`sources.${w.part}.${w.sourceId}` as 'sources.customer.surveys'),
              part: t(`group.part.${w.part}`),
              count: w.businesses,
            })}`,
          }))
        : [{ kind: 'paragraph', text: t('group.wantedNone'), style: 'muted' }],
    },
    {
      title: t('group.checkpointsTitle'),
      blocks: report.checkpoints.length
        ? [
            {
              kind: 'table',
              head: [t('groupReports.report.checkpoint'), t('group.business')],
              rows: report.checkpoints.map((r) => [date(r.checkpoint), businessLabel(r, t)]),
              widths: [1, 3],
            },
          ]
        : [{ kind: 'paragraph', text: t('group.checkpointsNone'), style: 'muted' }],
    },
  ];
}

/** Each business's goals and how its plan stands, as one table. */
function businessesSection(report: GroupReport, t: TFunction, lng: string): ReportSection {
  const date = dateFormatter(lng);
  const plan = (r: GroupReportRow) =>
    !r.plan
      ? t('group.noFollowUp')
      : r.plan.total === 0
        ? t('group.noPlan')
        : t('group.planValue', { ...r.plan });
  const goals = (r: GroupReportRow) => {
    const lines =
      r.goalsSet === 0
        ? [t('groupReports.report.goalsNone')]
        : report.anonymous
          ? [t('groupReports.report.goalsSet', { count: r.goalsSet })]
          : r.goals.map((g) =>
              g.date
                ? `• ${t('calendar.event.goalBy', { goal: g.text || '–', date: date(g.date) })}`
                : `• ${g.text || '–'}`,
            );
    if (r.goalsReached !== null && r.goalsSet > 0) {
      lines.push(
        t('groupReports.report.goalsReached', { reached: r.goalsReached, total: r.goalsSet }),
      );
    }
    return lines.join('\n');
  };
  return {
    title: t('groupReports.report.businessesTitle'),
    blocks: [
      {
        kind: 'table',
        head: [
          t('group.business'),
          t('group.totalGap'),
          t('group.plan'),
          t('groupReports.report.checkpoint'),
          t('groupReports.report.goals'),
        ],
        rows: report.rows.map((r) => [
          businessLabel(r, t),
          String(r.totalGap),
          plan(r),
          date(r.checkpoint) || t('groupReports.report.notAgreed'),
          goals(r),
        ]),
        widths: [2.6, 1.4, 2.6, 2.2, 4.6],
      },
    ],
  };
}

function footers(doc: jsPDF, t: TFunction, made: string) {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    const w = doc.internal.pageSize.getWidth();
    const h = doc.internal.pageSize.getHeight();
    setFont(doc, 'normal', 8, MUTED);
    doc.text(pdfText(made), MARGIN, h - 8);
    doc.text(pdfText(t('pdf.page', { page: i, pages })), w - MARGIN, h - 8, { align: 'right' });
  }
}

/**
 * Draws the group's report: the title with the group and the date and what most want to develop
 * and the next checkpoints; one landscape heatmap page per part with the averages; then each
 * business's goals and plan progress. The texts are in the language of `t`.
 */
export function renderGroupPdf(
  report: GroupReport,
  group: string,
  t: TFunction,
  lng: string,
  today: string,
  fonts: PdfFonts,
): { blob: Blob; fileName: string } {
  const title = t('groupReports.report.title');
  const doc = newA4(fonts, lng, `${title} – ${pdfText(group)}`);
  const date = dateFormatter(lng);
  const c = new Cursor(doc);
  doc.setFillColor(...BRAND);
  doc.rect(0, 0, doc.internal.pageSize.getWidth(), 9, 'F');
  write(c, title.toUpperCase(), { size: 9, bold: true, color: BRAND, gap: 0 });
  c.y += 4;
  write(c, group, { size: 20, bold: true, gap: 3 });
  write(
    c,
    [date(today), t('groupReports.report.businesses', { count: report.rows.length })].join(' · '),
    { color: MUTED, gap: 1 },
  );
  if (report.anonymous) write(c, t('groupReports.report.anonymousNote'), { color: MUTED });
  c.y += 3;
  for (const s of summarySections(report, t, lng)) section(c, s);
  heatmaps(doc, report, t, lng);
  doc.addPage('a4', 'portrait');
  const rest = new Cursor(doc);
  section(rest, businessesSection(report, t, lng));
  footers(doc, t, t('pdf.made', { date: date(today) }));
  return {
    blob: doc.output('blob'),
    fileName: safeFileName([group, t('groupReports.fileLabel'), today], 'pdf'),
  };
}
