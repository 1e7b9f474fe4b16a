import type { TFunction } from 'i18next';
import { ordered, OWN_COLUMN, type Assessment } from '../domain/workshop';
import {
  COMPETITOR_QUESTIONS,
  GDPR_CHECKS,
  KEY_QUESTIONS,
  PARTS,
  PRACTICES,
  REGISTER_ANALYSES,
  REGISTER_FIELDS,
  STEPS,
  type Part,
  type YesNo,
} from '../domain/workshop';
import { cellAt, gridCompetitors, gridCriteria, weakerWhereValued } from '../domain/grid';
import { ratings } from '../domain/scoring';
import { allActions, goalSummaries } from '../domain/summary';
import type { ReportSection } from './model';

type DateText = (iso: string) => string;

const schedule = (date: DateText, iso: string, note: string) =>
  [date(iso), note.trim()].filter(Boolean).join('\n');

function yesNo(t: TFunction, v: YesNo | null): string {
  return v === null ? t('pdf.notAnswered') : t(`yesNo.${v}`);
}

const sourceName = (t: TFunction, part: Part, id: string | null) =>
  id ? t(`sources.${part}.${id}` as 'sources.customer.surveys') : t('pdf.otherSource');

/**
 * What the plan is, for page 1: the three goals, then every action of both parts as one
 * timeline by date, each with its source, steps (or "no steps written") and owner.
 */
export function planSections(a: Assessment, t: TFunction, date: DateText): ReportSection[] {
  const goals = goalSummaries(a).filter((g) => g.filled);
  const actions = allActions(a);
  return [
    {
      title: t('steps.goals'),
      blocks: goals.length
        ? [
            {
              kind: 'table',
              head: [t('pdf.goal'), t('pdf.steps'), t('pdf.schedule'), t('pdf.responsible')],
              rows: goals.map((g) => [
                g.goal,
                g.steps,
                schedule(date, g.date, g.scheduleNote),
                g.responsible,
              ]),
              widths: [3, 5, 2, 2],
            },
          ]
        : [{ kind: 'paragraph', text: t('pdf.noGoals'), style: 'muted' }],
    },
    {
      title: t('pdf.actionsTitle'),
      blocks: actions.length
        ? [
            {
              kind: 'table',
              head: [t('pdf.schedule'), t('pdf.source'), t('pdf.steps'), t('pdf.responsible')],
              rows: actions.map((r) => [
                schedule(date, r.date, r.scheduleNote),
                sourceName(t, r.part, r.sourceId),
                r.steps.trim() ? r.steps : t('pdf.noSteps'),
                r.responsible,
              ]),
              widths: [2, 3, 5, 2],
            },
          ]
        : [{ kind: 'paragraph', text: t('pdf.noActions'), style: 'muted' }],
    },
  ];
}

/** Each source's level today, its target and the gap, as figures beside the chart. */
export function figuresSection(a: Assessment, t: TFunction): ReportSection {
  const level = (l: number | null) => (l === null ? '–' : String(l));
  return {
    title: t('pdf.figuresTitle'),
    blocks: PARTS.map((part) => ({
      kind: 'table',
      head: [t(`parts.${part}`), t('pdf.today'), t('pdf.target'), t('pdf.gap')],
      rows: ratings(a, part).map((r) => [
        `${sourceName(t, part, r.id)}${r.important ? ' *' : ''}`,
        level(r.level),
        level(r.target),
        r.gap > 0 ? String(r.gap) : '',
      ]),
      widths: [6, 1, 1, 1],
    })),
  };
}

/** The answers that explain the plan: key questions, register, practices, competitor analysis. */
export function answerSections(a: Assessment, t: TFunction): ReportSection[] {
  const r = a.register;
  const practices = [
    ...PRACTICES.map((id) => [t(`practices.${id}`), a.practices[id]] as const),
    ...ordered(a.customPractices).map((p) => [`${p.name} (${t('pdf.ownPractice')})`, p] as const),
  ];
  return [
    {
      title: t('steps.keyQuestions'),
      blocks: [
        {
          kind: 'table',
          head: [t('pdf.question'), t('pdf.canAnswer'), t('pdf.answer'), t('pdf.nextStep')],
          rows: KEY_QUESTIONS.map((id) => {
            const q = a.keyQuestions[id];
            const follow = [
              q.missing && `${t('pdf.missing')}: ${q.missing}`,
              q.where && `${t('pdf.where')}: ${q.where}`,
              q.nextStep && `${t('pdf.nextStep')}: ${q.nextStep}`,
            ];
            return [
              t(`keyQuestions.${id}`),
              q.canAnswer ? t(`answerability.${q.canAnswer}`) : t('pdf.notAnswered'),
              q.answer,
              follow.filter(Boolean).join('\n'),
            ];
          }),
          widths: [4, 2, 4, 4],
        },
      ],
    },
    {
      title: t('steps.register'),
      blocks: [
        {
          kind: 'table',
          head: [t('pdf.question'), t('pdf.answer')],
          rows: [
            [t('registerStep.exists'), yesNo(t, r.exists)],
            [t('registerStep.directMarketing'), yesNo(t, r.directMarketing)],
          ],
          widths: [5, 2],
        },
        {
          kind: 'table',
          head: [t('pdf.registerFields'), t('pdf.inRegister'), t('pdf.how')],
          rows: REGISTER_FIELDS.map((id) => [
            t(`registerFields.${id}`),
            yesNo(t, r.fields[id].has),
            r.fields[id].how,
          ]),
          widths: [4, 2, 6],
        },
        {
          kind: 'table',
          head: [t('pdf.gdprTitle'), t('pdf.answer')],
          rows: GDPR_CHECKS.map((id) => [t(`gdprChecks.${id}`), yesNo(t, r.gdpr[id])]),
          widths: [5, 2],
        },
      ],
    },
    {
      title: t('steps.registerUse'),
      blocks: [
        {
          kind: 'table',
          head: [t('pdf.analysis'), t('pdf.doWe'), t('pdf.notes')],
          rows: REGISTER_ANALYSES.map((id) => [
            t(`registerAnalyses.${id}`),
            yesNo(t, a.registerAnalyses[id].done),
            a.registerAnalyses[id].notes,
          ]),
          widths: [5, 2, 5],
        },
      ],
    },
    {
      title: t('steps.practices'),
      blocks: [
        {
          kind: 'table',
          head: [t('pdf.practice'), t('pdf.inUse'), t('pdf.couldAdopt')],
          rows: practices.map(([name, p]) => [
            name,
            yesNo(t, p.inUse),
            p.inUse === 'yes' ? '' : yesNo(t, p.couldAdopt),
          ]),
          widths: [6, 2, 2],
        },
      ],
    },
    {
      title: t('steps.competitorQuestions'),
      blocks: [
        {
          kind: 'questions',
          items: COMPETITOR_QUESTIONS.map((id) => ({
            question: t(`competitorQuestions.${id}`),
            answer: a.competitorQuestions[id],
          })),
        },
      ],
    },
  ];
}

/** The competitor grid as a table, and where competitors are ahead on what customers value. */
export function gridSection(a: Assessment, t: TFunction): ReportSection {
  const competitors = gridCompetitors(a);
  const competitorName = (c: { name: string; position: number }) =>
    c.name.trim() || t('grid.competitorN', { number: c.position + 1 });
  const cell = (criterionId: string, column: string) => {
    const c = cellAt(a, criterionId, column);
    return [c.score === null ? '' : String(c.score), c.note.trim()].filter(Boolean).join(' – ');
  };
  const criterionName = (c: ReturnType<typeof gridCriteria>[number]) =>
    c.name.trim() ||
    (c.key ? t(`criteria.${c.key}`) : t('gridStep.unnamedCriterion', { number: c.position + 1 }));
  const weak = weakerWhereValued(a).map((w) =>
    t('pdf.weakLine', {
      criterion: criterionName(w.criterion),
      valuation: w.valuation,
      ahead: w.ahead
        .map((x) => t('pdf.aheadItem', { name: competitorName(x.competitor), score: x.score }))
        .join(', '),
      own: w.own,
    }),
  );
  return {
    title: t('steps.grid'),
    blocks: [
      { kind: 'paragraph', text: t('pdf.gridScale'), style: 'muted' },
      {
        kind: 'table',
        head: [
          t('pdf.criterion'),
          t('grid.own'),
          ...competitors.map(competitorName),
          t('pdf.valuation'),
        ],
        rows: gridCriteria(a).map((c) => [
          criterionName(c),
          cell(c.id, OWN_COLUMN),
          ...competitors.map((comp) => cell(c.id, comp.id)),
          c.valuation === null ? '' : String(c.valuation),
        ]),
        widths: [3, ...Array(competitors.length + 1).fill(3), 2],
      },
      ...(weak.length
        ? [
            { kind: 'paragraph', text: t('gridStep.weak.title'), style: 'strong' } as const,
            ...weak.map((text) => ({ kind: 'paragraph', text }) as const),
          ]
        : []),
    ],
  };
}

/** The facilitator's notes of every step that has some; nothing when there are none. */
export function notesSection(a: Assessment, t: TFunction): ReportSection[] {
  const items = STEPS.filter((s) => a.notes[s].trim() !== '').map((s) => ({
    question: t(`steps.${s}`),
    answer: a.notes[s],
  }));
  return items.length
    ? [{ title: t('pdf.notesTitle'), blocks: [{ kind: 'questions', items }] }]
    : [];
}
