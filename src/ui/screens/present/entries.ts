import type { TFunction } from 'i18next';
import {
  COMPETITOR_QUESTIONS,
  GDPR_CHECKS,
  GOALS,
  KEY_QUESTIONS,
  ordered,
  OWN_COLUMN,
  PRACTICES,
  REGISTER_ANALYSES,
  REGISTER_FIELDS,
  type Assessment,
  type Level,
  type Part,
  type StepId,
  type YesNo,
} from '../../../domain/workshop';
import { cellAt, gridCompetitors, gridCriteria } from '../../../domain/grid';
import { planRows, ratings } from '../../../domain/scoring';
import { allActions, goalSummaries, isPlanned } from '../../../domain/summary';
import { formatDate } from '../../../i18n/format';

/** One answer on a slide: what was asked and what the team answered ('' when nothing yet). */
export interface Answer {
  readonly label: string;
  readonly value: string;
}

/** How a step's entries are laid out: a row each under shared column heads, or a card each. */
export type Layout = 'table' | 'cards';

/** Steps whose items all have the same few short answers, read best as rows of a table. */
export const TABLE_STEPS: readonly StepId[] = [
  'customerSources',
  'competitorSources',
  'practices',
  'grid',
];

/** One item of a step as the room sees it: its name, the team's answers, and a mark. */
export interface Entry {
  readonly key: string;
  readonly title: string;
  /** A short badge beside the title, e.g. "one of the most important sources". */
  readonly mark?: string;
  readonly answers: readonly Answer[];
}

type Words = { readonly t: TFunction; readonly lng: string };

const yesNo = ({ t }: Words, v: YesNo | null) => (v === null ? '' : t(`yesNo.${v}`));
// The scale's short names: a table row on a projector has room for a word, not a sentence.
const level = ({ t }: Words, l: Level | null) =>
  l === null ? '' : `${l} – ${t(`levels.${l}.short`)}`;
const sourceName = ({ t }: Words, part: Part, id: string | null) =>
  id ? t(`sources.${part}.${id}` as 'sources.customer.surveys') : t('planStep.otherSource');
const schedule = ({ lng }: Words, iso: string, note: string) =>
  [formatDate(iso, lng), note.trim()].filter(Boolean).join(' · ');

function sources(a: Assessment, w: Words, part: Part): Entry[] {
  return ratings(a, part).map((r) => ({
    key: r.id,
    title: sourceName(w, part, r.id),
    mark: r.important ? w.t('sourcesStep.important') : undefined,
    answers: [
      { label: w.t('sourcesStep.level'), value: level(w, r.level) },
      { label: w.t('sourcesStep.target'), value: level(w, r.target) },
    ],
  }));
}

function plan(a: Assessment, w: Words, part: Part): Entry[] {
  return planRows(a, part)
    .filter(isPlanned)
    .map((row) => ({
      key: row.id,
      title: sourceName(w, part, row.sourceId),
      answers: [
        { label: w.t('planStep.steps'), value: row.steps },
        { label: w.t('pdf.schedule'), value: schedule(w, row.date, row.scheduleNote) },
        { label: w.t('planStep.responsible'), value: row.responsible },
      ],
    }));
}

function start(a: Assessment, w: Words): Entry[] {
  const b = a.business;
  const people = ordered(a.participants)
    .map((p) => [p.name, p.role].filter((s) => s.trim()).join(', '))
    .filter(Boolean);
  return [
    {
      key: 'business',
      title: b.name,
      answers: [
        { label: w.t('pdf.field'), value: b.field },
        { label: w.t('pdf.perspective'), value: w.t(`perspective.${b.perspective}.label`) },
        { label: w.t('pdf.workshopDate'), value: formatDate(b.workshopDate, w.lng) },
        { label: w.t('pdf.facilitator'), value: b.facilitator },
        { label: w.t('pdf.participants'), value: people.join('\n') },
      ],
    },
  ];
}

function register(a: Assessment, w: Words): Entry[] {
  const r = a.register;
  const { t } = w;
  return [
    {
      key: 'register',
      title: t('steps.register'),
      answers: [
        { label: t('registerStep.exists'), value: yesNo(w, r.exists) },
        { label: t('registerStep.directMarketing'), value: yesNo(w, r.directMarketing) },
      ],
    },
    ...REGISTER_FIELDS.map((id) => ({
      key: id,
      title: t(`registerFields.${id}`),
      answers: [
        { label: t('registerStep.inRegister'), value: yesNo(w, r.fields[id].has) },
        { label: t('pdf.how'), value: r.fields[id].how },
      ],
    })),
    {
      key: 'gdpr',
      title: t('registerStep.gdprTitle'),
      answers: GDPR_CHECKS.map((id) => ({
        label: t(`gdprChecks.${id}`),
        value: yesNo(w, r.gdpr[id]),
      })),
    },
  ];
}

function practices(a: Assessment, w: Words): Entry[] {
  const { t } = w;
  const all = [
    ...PRACTICES.map((id) => ({ key: id, name: t(`practices.${id}`), p: a.practices[id] })),
    ...ordered(a.customPractices).map((p, i) => ({
      key: p.id,
      name: p.name.trim() || t('practicesStep.ownN', { number: i + 1 }),
      p,
    })),
  ];
  return all.map(({ key, name, p }) => ({
    key,
    title: name,
    answers: [
      { label: t('practicesStep.inUse'), value: yesNo(w, p.inUse) },
      ...(p.inUse === 'yes'
        ? []
        : [{ label: t('practicesStep.couldAdopt'), value: yesNo(w, p.couldAdopt) }]),
    ],
  }));
}

function grid(a: Assessment, w: Words): Entry[] {
  const { t } = w;
  const competitors = gridCompetitors(a);
  const cell = (criterionId: string, column: string) => {
    const c = cellAt(a, criterionId, column);
    return [c.score === null ? '' : `${c.score}/5`, c.note.trim()].filter(Boolean).join(' – ');
  };
  return gridCriteria(a).map((c) => ({
    key: c.id,
    title:
      c.name.trim() ||
      (c.key ? t(`criteria.${c.key}`) : t('gridStep.unnamedCriterion', { number: c.position + 1 })),
    answers: [
      { label: t('grid.own'), value: cell(c.id, OWN_COLUMN) },
      ...competitors.map((comp) => ({
        label: comp.name.trim() || t('grid.competitorN', { number: comp.position + 1 }),
        value: cell(c.id, comp.id),
      })),
      { label: t('grid.valuation'), value: c.valuation === null ? '' : `${c.valuation}/5` },
    ],
  }));
}

function goals(a: Assessment, w: Words): Entry[] {
  const { t } = w;
  return goalSummaries(a).map((g) => ({
    key: g.id,
    title: g.goal.trim() || t(`goals.${g.id}`),
    answers: [
      { label: t('goalsStep.steps'), value: g.steps },
      { label: t('pdf.schedule'), value: schedule(w, g.date, g.scheduleNote) },
      { label: t('goalsStep.responsible'), value: g.responsible },
    ],
  }));
}

function checkpoint(a: Assessment, w: Words): Entry[] {
  const { t } = w;
  const filledGoals = goalSummaries(a).filter((g) => g.filled).length;
  return [
    {
      key: 'checkpoint',
      title: t('summary.facts.checkpoint'),
      answers: [
        { label: t('summary.checkpoint.date'), value: formatDate(a.checkpoint.date, w.lng) },
        { label: t('summary.checkpoint.who'), value: a.checkpoint.who },
        { label: t('summary.facts.actions'), value: String(allActions(a).length) },
        {
          label: t('summary.facts.goals'),
          value: t('summary.facts.goalsValue', { done: filledGoals, total: GOALS.length }),
        },
      ],
    },
  ];
}

/**
 * The items of a step and the team's answers to them, in the workshop's order, in words of the
 * current language. Facilitator notes and help texts are left out: the room sees the answers.
 */
export function stepEntries(a: Assessment, step: StepId, t: TFunction, lng: string): Entry[] {
  const w: Words = { t, lng };
  switch (step) {
    case 'start':
      return start(a, w);
    case 'customerSources':
      return sources(a, w, 'customer');
    case 'competitorSources':
      return sources(a, w, 'competitor');
    case 'customerPlan':
      return plan(a, w, 'customer');
    case 'competitorPlan':
      return plan(a, w, 'competitor');
    case 'keyQuestions':
      return KEY_QUESTIONS.map((id) => {
        const q = a.keyQuestions[id];
        return {
          key: id,
          title: t(`keyQuestions.${id}`),
          answers: [
            {
              label: t('keyQuestionsStep.canAnswer'),
              value: q.canAnswer ? t(`answerability.${q.canAnswer}`) : '',
            },
            { label: t('keyQuestionsStep.answer'), value: q.answer },
            ...(q.missing.trim()
              ? [{ label: t('keyQuestionsStep.missing'), value: q.missing }]
              : []),
            ...(q.where.trim() ? [{ label: t('pdf.where'), value: q.where }] : []),
            ...(q.nextStep.trim() ? [{ label: t('pdf.nextStep'), value: q.nextStep }] : []),
          ],
        };
      });
    case 'register':
      return register(a, w);
    case 'registerUse':
      return REGISTER_ANALYSES.map((id) => ({
        key: id,
        title: t(`registerAnalyses.${id}`),
        answers: [
          { label: t('registerUseStep.done'), value: yesNo(w, a.registerAnalyses[id].done) },
          { label: t('registerUseStep.notes'), value: a.registerAnalyses[id].notes },
        ],
      }));
    case 'practices':
      return practices(a, w);
    case 'competitorQuestions':
      return COMPETITOR_QUESTIONS.map((id) => ({
        key: id,
        title: t(`competitorQuestions.${id}`),
        answers: [{ label: t('keyQuestionsStep.answer'), value: a.competitorQuestions[id] }],
      }));
    case 'grid':
      return grid(a, w);
    case 'goals':
      return goals(a, w);
    case 'checkpoint':
      return checkpoint(a, w);
  }
}
