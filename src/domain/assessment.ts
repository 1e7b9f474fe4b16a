import {
  COMPETITOR_QUESTIONS,
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  DEFAULT_COMPETITOR_COUNT,
  DEFAULT_CRITERIA,
  GDPR_CHECKS,
  GOALS,
  KEY_QUESTIONS,
  PRACTICES,
  REGISTER_ANALYSES,
  REGISTER_FIELDS,
  STEPS,
  type Answerability,
  type CompetitorQuestionId,
  type CompetitorSourceId,
  type CustomerSourceId,
  type DefaultCriterionId,
  type GdprCheckId,
  type GoalId,
  type KeyQuestionId,
  type Level,
  type Perspective,
  type PracticeId,
  type RegisterAnalysisId,
  type RegisterFieldId,
  type Score,
  type StepId,
  type YesNo,
} from './content';

/** Collections that users add to and reorder are keyed by id so that two tabs can edit apart. */
export type Keyed<T> = Readonly<Record<string, T>>;

export interface Business {
  readonly name: string;
  readonly field: string;
  readonly perspective: Perspective;
  /** ISO date (YYYY-MM-DD) or '' when not set. */
  readonly workshopDate: string;
  readonly facilitator: string;
}

export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly position: number;
}

export interface SourceRating {
  readonly level: Level | null;
  readonly target: Level | null;
  /** One of the business's most important sources: it should aim for the top level. */
  readonly important: boolean;
}

export interface PlanRow {
  readonly id: string;
  /** A source id of the plan's part, or null for an action not tied to one source. */
  readonly sourceId: string | null;
  readonly steps: string;
  /** ISO date or ''. */
  readonly date: string;
  readonly scheduleNote: string;
  readonly responsible: string;
  readonly position: number;
}

export interface KeyQuestionAnswer {
  readonly canAnswer: Answerability | null;
  readonly answer: string;
  readonly missing: string;
  readonly where: string;
  readonly nextStep: string;
}

export interface RegisterFieldAnswer {
  readonly has: YesNo | null;
  readonly how: string;
}

export interface Register {
  readonly exists: YesNo | null;
  readonly directMarketing: YesNo | null;
  readonly fields: Readonly<Record<RegisterFieldId, RegisterFieldAnswer>>;
  readonly gdpr: Readonly<Record<GdprCheckId, YesNo | null>>;
}

export interface AnalysisAnswer {
  readonly done: YesNo | null;
  readonly notes: string;
}

export interface PracticeAnswer {
  readonly inUse: YesNo | null;
  readonly couldAdopt: YesNo | null;
}

export interface CustomPractice extends PracticeAnswer {
  readonly id: string;
  readonly name: string;
  readonly position: number;
}

export interface Competitor {
  readonly id: string;
  readonly name: string;
  readonly position: number;
}

export interface Criterion {
  readonly id: string;
  /** The default criterion this row started from, or null for one the business added. */
  readonly key: DefaultCriterionId | null;
  /** The business's own name; '' shows the default criterion's translated name. */
  readonly name: string;
  readonly position: number;
  /** How much customers value this criterion, 1–5. */
  readonly valuation: Score | null;
}

export interface GridCell {
  readonly score: Score | null;
  readonly note: string;
}

/** The grid column of the business itself; the other columns are competitor ids. */
export const OWN_COLUMN = 'own';

export interface Grid {
  readonly competitors: Keyed<Competitor>;
  readonly criteria: Keyed<Criterion>;
  /** cells[criterionId][columnId]; a missing cell is empty. */
  readonly cells: Readonly<Record<string, Keyed<GridCell>>>;
}

export interface Goal {
  readonly goal: string;
  readonly steps: string;
  readonly date: string;
  readonly scheduleNote: string;
  readonly responsible: string;
}

export interface Checkpoint {
  readonly date: string;
  readonly who: string;
}

export interface Assessment {
  readonly id: string;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly business: Business;
  readonly participants: Keyed<Participant>;
  readonly customerSources: Readonly<Record<CustomerSourceId, SourceRating>>;
  readonly customerPlan: Keyed<PlanRow>;
  readonly keyQuestions: Readonly<Record<KeyQuestionId, KeyQuestionAnswer>>;
  readonly register: Register;
  readonly registerAnalyses: Readonly<Record<RegisterAnalysisId, AnalysisAnswer>>;
  readonly practices: Readonly<Record<PracticeId, PracticeAnswer>>;
  readonly customPractices: Keyed<CustomPractice>;
  readonly competitorSources: Readonly<Record<CompetitorSourceId, SourceRating>>;
  readonly competitorPlan: Keyed<PlanRow>;
  readonly competitorQuestions: Readonly<Record<CompetitorQuestionId, string>>;
  readonly grid: Grid;
  readonly goals: Readonly<Record<GoalId, Goal>>;
  readonly checkpoint: Checkpoint;
  /** Facilitator notes per step. */
  readonly notes: Readonly<Record<StepId, string>>;
  /** The step the user was last on, so the app reopens there. */
  readonly lastStep: StepId;
}

/** A new id: random, and free of dots so that it can stand in a storage key path. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Builds a record with one value per id. */
export function recordOf<K extends string, V>(ids: readonly K[], make: (id: K) => V): Record<K, V> {
  return Object.fromEntries(ids.map((id) => [id, make(id)])) as Record<K, V>;
}

/** Sorts a keyed collection by its position field. */
export function ordered<T extends { readonly position: number }>(items: Keyed<T>): T[] {
  return Object.values(items).sort((a, b) => a.position - b.position);
}

export const emptyRating = (): SourceRating => ({ level: null, target: null, important: false });
export const emptyKeyQuestion = (): KeyQuestionAnswer => ({
  canAnswer: null,
  answer: '',
  missing: '',
  where: '',
  nextStep: '',
});
export const emptyGoal = (): Goal => ({
  goal: '',
  steps: '',
  date: '',
  scheduleNote: '',
  responsible: '',
});

/** What the new-assessment form asks for. */
export interface NewAssessmentInput {
  readonly name: string;
  readonly field?: string;
  readonly perspective?: Perspective;
  readonly workshopDate?: string;
  readonly facilitator?: string;
  readonly participants?: readonly { readonly name: string; readonly role: string }[];
}

/** A blank assessment with every answer unset and the default grid in place. */
export function createAssessment(input: NewAssessmentInput, now: Date = new Date()): Assessment {
  const stamp = now.toISOString();
  const participants = (input.participants ?? [])
    .filter((p) => p.name.trim() !== '')
    .map((p, position): Participant => ({
      id: newId(),
      name: p.name.trim(),
      role: p.role.trim(),
      position,
    }));
  const competitors = Array.from({ length: DEFAULT_COMPETITOR_COUNT }, (_, position) => ({
    id: newId(),
    name: '',
    position,
  }));
  const criteria = DEFAULT_CRITERIA.map((key, position): Criterion => ({
    id: newId(),
    key,
    name: '',
    position,
    valuation: null,
  }));
  return {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    business: {
      name: input.name.trim(),
      field: input.field?.trim() ?? '',
      perspective: input.perspective ?? 'both',
      workshopDate: input.workshopDate ?? '',
      facilitator: input.facilitator?.trim() ?? '',
    },
    participants: Object.fromEntries(participants.map((p) => [p.id, p])),
    customerSources: recordOf(CUSTOMER_SOURCES, emptyRating),
    customerPlan: {},
    keyQuestions: recordOf(KEY_QUESTIONS, emptyKeyQuestion),
    register: {
      exists: null,
      directMarketing: null,
      fields: recordOf(REGISTER_FIELDS, () => ({ has: null, how: '' })),
      gdpr: recordOf(GDPR_CHECKS, () => null),
    },
    registerAnalyses: recordOf(REGISTER_ANALYSES, () => ({ done: null, notes: '' })),
    practices: recordOf(PRACTICES, () => ({ inUse: null, couldAdopt: null })),
    customPractices: {},
    competitorSources: recordOf(COMPETITOR_SOURCES, emptyRating),
    competitorPlan: {},
    competitorQuestions: recordOf(COMPETITOR_QUESTIONS, () => ''),
    grid: {
      competitors: Object.fromEntries(competitors.map((c) => [c.id, c])),
      criteria: Object.fromEntries(criteria.map((c) => [c.id, c])),
      cells: {},
    },
    goals: recordOf(GOALS, emptyGoal),
    checkpoint: { date: '', who: '' },
    notes: recordOf(STEPS, () => ''),
    lastStep: 'start',
  };
}
