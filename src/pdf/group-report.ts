import type { TFunction } from 'i18next';
import type { jsPDF } from 'jspdf';
import type { GroupReport, GroupReportRow } from '../domain/group-report';
import { newA4 } from './document';
import type { PdfFonts } from './fonts';
import { businessLabel, heatmaps } from './group-heatmap';
import { BRAND, Cursor, INK, MARGIN, MUTED, setFont, write } from './layout';
import type { ReportSection } from './model';
import { dateFormatter } from './report';
import { drawTable } from './table';
import { pdfText, safeFileName } from './text';

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
