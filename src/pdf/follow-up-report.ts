import type { TFunction } from 'i18next';
import type { Assessment } from '../domain/workshop';
import { GOALS, PARTS, SOURCES, type Part } from '../domain/workshop';
import {
  followUpProgress,
  type FollowUp,
  type FollowUpAction,
  type FollowUpItem,
  type LevelCheck,
} from '../domain/follow-up';
import type { Report, ReportChart, ReportSection } from './model';
import { dateFormatter, PAGE, PAGES } from './report';
import { safeFileName } from './text';

/** An action's steps already begin with its title; a goal's title and steps are both shown. */
const what = (x: FollowUpItem) =>
  x.steps.startsWith(x.title) ? x.steps : [x.title, x.steps].filter((s) => s.trim()).join('\n');

const checksOf = (f: FollowUp, part: Part): Readonly<Record<string, LevelCheck>> =>
  part === 'customer' ? f.customerLevels : f.competitorLevels;

function chartOf(f: FollowUp, t: TFunction): ReportChart {
  return {
    title: t('followup.pdf.chartTitle'),
    parts: PARTS.map((part) => ({
      title: t(`parts.${part}`),
      rows: (SOURCES[part] as readonly string[]).map((id) => {
        const c = checksOf(f, part)[id];
        return {
          label: t(`sources.${part}.${id}` as 'sources.customer.surveys'),
          level: c.now,
          target: c.target,
          before: c.before,
          important: false,
        };
      }),
    })),
    levels: [0, 1, 2, 3].map((l) => `${l} ${t(`levels.${l as 0}.short`)}`),
    legend: {
      today: t('followup.pdf.chartNow'),
      target: t('pdf.chartTarget'),
      gap: t('summary.chart.legendGap'),
      important: '',
      notRated: t('pdf.notRated'),
      before: t('followup.pdf.chartBefore'),
    },
  };
}

/**
 * The follow-up's sections: first (under the header, before the chart) the progress figures and
 * the actions and goals with their status; then what is still open, the levels and the notes.
 */
function sectionsOf(
  f: FollowUp,
  t: TFunction,
  date: (iso: string) => string,
): { plan: ReportSection[]; sections: ReportSection[] } {
  const p = followUpProgress(f);
  const status = (x: FollowUpItem) => t(`followup.status.${x.status ?? 'none'}`);
  const actions = Object.values(f.actions).sort((a, b) => a.position - b.position);
  const goals = GOALS.map((g) => f.goals[g]).filter((g) => g.title.trim() !== '');
  const head = (first: string) => [
    first,
    t('followup.pdf.by'),
    t('followup.pdf.responsible'),
    t('followup.pdf.status'),
    t('followup.pdf.comment'),
  ];
  const source = (x: FollowUpAction) =>
    x.sourceId
      ? t(`sources.${x.part}.${x.sourceId}` as 'sources.customer.surveys')
      : t('followup.items.otherSource');
  const noSteps = t('followup.items.noSteps');
  const item = (x: FollowUpItem) => [date(x.date), x.responsible, status(x), x.comment];
  // An action is told by its source and its steps, or by its source and "no steps written".
  const actionRows = actions.map((x) => [source(x), what(x) || noSteps, ...item(x)]);
  const goalRows = goals.map((x) => [what(x), ...item(x)]);
  const widths = [5, 2, 2.2, 2, 4];
  const name = (x: FollowUpItem | FollowUpAction) =>
    'sourceId' in x
      ? t('followup.pdf.sourceAndSteps', { source: source(x), steps: x.title || noSteps })
      : x.title;
  const open = [...actions, ...goals].filter((x) => x.status !== 'done');
  const none = t('followup.chart.none');
  const figure = (v: number | null) => (v === null ? none : String(v));
  const plan: ReportSection[] = [
    {
      title: t('followup.pdf.progressTitle'),
      blocks: [
        t('followup.progress.actions', { done: p.actions.done, total: p.actions.total }),
        t('followup.progress.inProgress', { count: p.actions.inProgress }),
        t('followup.progress.notStarted', { count: p.actions.notStarted }),
        t('followup.progress.goals', { reached: p.goals.reached, total: p.goals.total }),
        t('followup.progress.rose', { count: p.levels.rose }),
        t('followup.progress.atTarget', {
          count: p.levels.atTarget,
          total: p.levels.withTarget,
        }),
      ].map((text, i) => ({
        kind: 'paragraph' as const,
        text,
        style: i === 0 || i === 3 ? ('strong' as const) : ('normal' as const),
      })),
    },
    {
      title: t('followup.pdf.actionsTitle'),
      blocks:
        actions.length > 0
          ? [
              {
                kind: 'table',
                head: [t('followup.pdf.source'), ...head(t('followup.pdf.action'))],
                rows: actionRows,
                widths: [3, 4, 2, 2.2, 2, 3.4],
              },
            ]
          : [{ kind: 'paragraph', text: t('followup.items.noActions'), style: 'muted' }],
    },
  ];
  if (goals.length > 0) {
    plan.push({
      title: t('followup.pdf.goalsTitle'),
      blocks: [{ kind: 'table', head: head(t('followup.pdf.goal')), rows: goalRows, widths }],
    });
  }
  const sections: ReportSection[] = [];
  sections.push({
    title: t('followup.pdf.openTitle'),
    blocks:
      open.length > 0
        ? open.map((x) => ({
            kind: 'paragraph' as const,
            text: `• ${name(x)} (${status(x)})`,
          }))
        : [{ kind: 'paragraph', text: t('followup.pdf.nothingOpen'), style: 'muted' }],
  });
  sections.push({
    title: t('followup.pdf.levelsTitle'),
    blocks: PARTS.map((part) => ({
      kind: 'table' as const,
      head: [
        t(`parts.${part}`),
        t('followup.pdf.before'),
        t('followup.pdf.now'),
        t('followup.pdf.target'),
      ],
      rows: (SOURCES[part] as readonly string[]).map((id) => {
        const c = checksOf(f, part)[id];
        return [
          t(`sources.${part}.${id}` as 'sources.customer.surveys'),
          figure(c.before),
          figure(c.now),
          figure(c.target),
        ];
      }),
      widths: [6, 1.3, 1.3, 1.3],
    })),
  });
  if (f.notes.trim()) {
    sections.push({
      title: t('followup.pdf.notesTitle'),
      blocks: [{ kind: 'paragraph', text: f.notes }],
    });
  }
  return { plan, sections };
}

/**
 * The printed follow-up of an assessment in the language of `t`: progress since the workshop
 * with a before/now/target chart, each action and goal with its status and comment, what is
 * still open, the levels, and the next checkpoint at the top. `today` is when it is made.
 */
export function buildFollowUpReport(
  a: Assessment,
  f: FollowUp,
  t: TFunction,
  lng: string,
  today: string,
): Report {
  const date = dateFormatter(lng);
  const b = a.business;
  return {
    lang: lng,
    fileName: safeFileName([b.name, t('followup.pdf.fileLabel'), f.date || today], 'pdf'),
    title: t('followup.pdf.title'),
    businessName: b.name,
    details: [
      { label: t('pdf.field'), value: b.field },
      { label: t('followup.pdf.date'), value: date(f.date) },
      { label: t('followup.pdf.workshopDate'), value: date(b.workshopDate) },
    ].filter((d) => d.value.trim() !== ''),
    checkpoint: {
      label: t('followup.pdf.nextCheckpoint'),
      value: date(f.nextCheckpoint.date) || t('pdf.notAgreed'),
      who: f.nextCheckpoint.who ? t('followup.pdf.calledBy', { name: f.nextCheckpoint.who }) : '',
    },
    ...sectionsOf(f, t, date),
    chart: chartOf(f, t),
    agreement: {
      title: t('pdf.agreementTitle'),
      text: t('followup.pdf.agreementText'),
      lines: [t('pdf.placeAndDate'), t('pdf.signatures')],
    },
    footer: {
      made: t('pdf.made', { date: date(today) }),
      page: t('pdf.page', { page: PAGE, pages: PAGES }),
    },
  };
}
