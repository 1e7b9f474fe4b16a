import {
  GDPR_CHECKS,
  KEY_QUESTIONS,
  ordered,
  PRACTICES,
  REGISTER_ANALYSES,
  REGISTER_FIELDS,
  type Assessment,
  type Part,
} from '../../../domain/workshop';
import { planRows, ratings } from '../../../domain/scoring';
import { isPlanned } from '../../../domain/summary';
import { formatDate } from '../../../i18n/format';
import { level, schedule, sourceName, yesNo, type Entry, type Words } from './entry';

// The start and Part 1: who takes part, then the customer information steps.

/** The business, its perspective, the day, the facilitator and who takes part. */
export function start(a: Assessment, w: Words): Entry[] {
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

/** Each source of a part with its level today and its target; the important ones marked. */
export function sources(a: Assessment, w: Words, part: Part): Entry[] {
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

/** The planned actions of a part, in the team's order; rows left blank are no action. */
export function plan(a: Assessment, w: Words, part: Part): Entry[] {
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

/** The five questions, whether the team can answer them, and what it still needs. */
export function keyQuestions(a: Assessment, w: Words): Entry[] {
  const { t } = w;
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
        ...(q.missing.trim() ? [{ label: t('keyQuestionsStep.missing'), value: q.missing }] : []),
        ...(q.where.trim() ? [{ label: t('pdf.where'), value: q.where }] : []),
        ...(q.nextStep.trim() ? [{ label: t('pdf.nextStep'), value: q.nextStep }] : []),
      ],
    };
  });
}

/** Whether there is a register, what it holds, and its privacy duties. */
export function register(a: Assessment, w: Words): Entry[] {
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

/** The analyses of the register, whether they are made, and the notes. */
export function registerUse(a: Assessment, w: Words): Entry[] {
  const { t } = w;
  return REGISTER_ANALYSES.map((id) => ({
    key: id,
    title: t(`registerAnalyses.${id}`),
    answers: [
      { label: t('registerUseStep.done'), value: yesNo(w, a.registerAnalyses[id].done) },
      { label: t('registerUseStep.notes'), value: a.registerAnalyses[id].notes },
    ],
  }));
}

/** The ways of using customer information, the workshop's and the business's own. */
export function practices(a: Assessment, w: Words): Entry[] {
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
