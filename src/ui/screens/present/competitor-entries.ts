import { COMPETITOR_QUESTIONS, GOALS, OWN_COLUMN, type Assessment } from '../../../domain/workshop';
import { cellAt, gridCompetitors, gridCriteria } from '../../../domain/grid';
import { allActions, goalSummaries } from '../../../domain/summary';
import { formatDate } from '../../../i18n/format';
import { schedule, type Entry, type Words } from './entry';

// Part 2 and the close: the competitor analysis, the goals and the checkpoint.

/** The competitor-analysis questions with the team's answers. */
export function competitorQuestions(a: Assessment, w: Words): Entry[] {
  const { t } = w;
  return COMPETITOR_QUESTIONS.map((id) => ({
    key: id,
    title: t(`competitorQuestions.${id}`),
    answers: [{ label: t('keyQuestionsStep.answer'), value: a.competitorQuestions[id] }],
  }));
}

/** Each criterion with the business's, every competitor's and the customers' scores. */
export function grid(a: Assessment, w: Words): Entry[] {
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

/** The three goals with their steps, schedule and the person responsible. */
export function goals(a: Assessment, w: Words): Entry[] {
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

/** The agreed checkpoint and how much the workshop agreed to do by then. */
export function checkpoint(a: Assessment, w: Words): Entry[] {
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
