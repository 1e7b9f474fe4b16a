import type { TFunction } from 'i18next';
import { ordered, type Assessment } from '../domain/workshop';
import type { Part } from '../domain/workshop';
import { levelChart } from '../domain/summary';
import type { Report, ReportChart } from './model';
import {
  answerSections,
  figuresSection,
  gridSection,
  notesSection,
  planSections,
} from './report-sections';
import { safeFileName } from './text';
import type { QuickCheck } from '../domain/quick-check';
import { quickCheckSection } from './quick-check-section';

/** Stand-ins in the footer for the page number and count, filled in when the pages are known. */
export const PAGE = '%PAGE%';
export const PAGES = '%PAGES%';

/** Date formats used in the PDF: Finland's conventions for Finnish and Swedish. */
const LOCALES: Readonly<Record<string, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Formats dates for one language; the PDF's language may differ from the UI's. */
export function dateFormatter(lng: string) {
  const format = new Intl.DateTimeFormat(LOCALES[lng] ?? 'fi-FI', {
    dateStyle: 'short',
    timeZone: 'UTC',
  });
  return (iso: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
    const [y, m, d] = iso.split('-').map(Number);
    return format.format(new Date(Date.UTC(y, m - 1, d)));
  };
}

function chartOf(a: Assessment, t: TFunction): ReportChart {
  const source = (part: Part, id: string) =>
    t(`sources.${part}.${id}` as 'sources.customer.surveys');
  return {
    title: t('pdf.chartTitle'),
    parts: levelChart(a).map((g) => ({
      title: t(`parts.${g.part}`),
      rows: g.rows.map((r) => ({
        label: source(g.part, r.id),
        level: r.level,
        target: r.target,
        important: r.important,
      })),
    })),
    levels: [0, 1, 2, 3].map((l) => `${l} ${t(`levels.${l as 0}.short`)}`),
    legend: {
      today: t('pdf.chartToday'),
      target: t('pdf.chartTarget'),
      gap: t('summary.chart.legendGap'),
      important: t('pdf.chartImportant'),
      notRated: t('pdf.notRated'),
    },
  };
}

/**
 * The printed action plan of an assessment, in the language of `t` (which may differ from the
 * UI's): the business and the checkpoint, the goals and the actions by date first, then the
 * chart, the figures, every answer that explains the plan, and the quick check it was started
 * from. `today` is the date the PDF is made (YYYY-MM-DD).
 */
export function buildReport(
  a: Assessment,
  t: TFunction,
  lng: string,
  today: string,
  quickCheck?: QuickCheck,
): Report {
  const date = dateFormatter(lng);
  const b = a.business;
  const people = ordered(a.participants)
    .map((p) => (p.role ? `${p.name} (${p.role})` : p.name))
    .join(', ');
  const checkpointDate = date(a.checkpoint.date);
  return {
    lang: lng,
    fileName: safeFileName([b.name, t('pdf.fileLabel'), today], 'pdf'),
    title: t('pdf.title'),
    businessName: b.name,
    details: [
      { label: t('pdf.field'), value: b.field },
      { label: t('pdf.perspective'), value: t(`perspective.${b.perspective}.label`) },
      { label: t('pdf.workshopDate'), value: date(b.workshopDate) },
      { label: t('pdf.participants'), value: people },
      { label: t('pdf.facilitator'), value: b.facilitator },
    ].filter((d) => d.value.trim() !== ''),
    checkpoint: {
      label: t('pdf.checkpoint'),
      value: checkpointDate || t('pdf.notAgreed'),
      who: a.checkpoint.who ? t('pdf.checkedBy', { name: a.checkpoint.who }) : '',
    },
    plan: planSections(a, t, date),
    chart: chartOf(a, t),
    sections: [
      figuresSection(a, t),
      ...answerSections(a, t),
      gridSection(a, t),
      ...notesSection(a, t),
      ...quickCheckSection(quickCheck, t, date),
    ],
    agreement: {
      title: t('pdf.agreementTitle'),
      text: t('pdf.agreementText'),
      lines: [t('pdf.placeAndDate'), t('pdf.signatures')],
    },
    footer: {
      made: t('pdf.made', { date: date(today) }),
      page: t('pdf.page', { page: PAGE, pages: PAGES }),
    },
  };
}
