import { quickCheckField, type FieldRef } from './changes';
import type { Part } from './content';
import {
  byId,
  choice,
  id,
  isSafeId,
  newId,
  obj,
  object,
  recordOf,
  refine,
  text,
  timestamp,
  type ValueOf,
} from './fields';
import type { StepId } from './workshop';

/**
 * The quick check a business owner does alone before the workshop: short statements about how
 * the business collects and uses customer and competitor information, each answered on a
 * three-point scale. The answers point to the two or three areas to develop first, each worked
 * on in one step of the workshop. Words live in the locales under quickCheck.*.
 */

/** The answer scale: not at all, somewhat, yes. */
export const QUICK_SCALE = ['no', 'partly', 'yes'] as const;
export type QuickAnswer = (typeof QUICK_SCALE)[number];

/** Points of an answer: an area scores the share of the points its statements could give. */
const POINTS: Readonly<Record<QuickAnswer, number>> = { no: 0, partly: 1, yes: 2 };

interface AreaDefinition {
  readonly id: string;
  readonly part: Part;
  /** The workshop step where the area is worked on. */
  readonly step: StepId;
  readonly statements: readonly string[];
}

/**
 * The development areas in the workshop's order, each with its statements. A statement belongs
 * to exactly one area; adding one is a line here and its words in the three locales.
 */
export const QUICK_AREAS = [
  {
    id: 'collect',
    part: 'customer',
    step: 'customerSources',
    statements: ['collectWays', 'writeDown'],
  },
  {
    id: 'customers',
    part: 'customer',
    step: 'keyQuestions',
    statements: ['payingAndUser', 'whyUs'],
  },
  {
    id: 'register',
    part: 'customer',
    step: 'register',
    statements: ['register', 'gdpr', 'registerUse'],
  },
  { id: 'use', part: 'customer', step: 'practices', statements: ['review', 'develop'] },
  {
    id: 'competitors',
    part: 'competitor',
    step: 'competitorSources',
    statements: ['followCompetitors', 'competitorNotes'],
  },
  {
    id: 'standApart',
    part: 'competitor',
    step: 'grid',
    statements: ['howWeDiffer', 'customerValues'],
  },
  { id: 'learn', part: 'competitor', step: 'competitorQuestions', statements: ['learnCooperate'] },
] as const satisfies readonly AreaDefinition[];

export type QuickAreaId = (typeof QUICK_AREAS)[number]['id'];
export type QuickStatementId = (typeof QUICK_AREAS)[number]['statements'][number];

/** Every statement, in the order they are asked. */
export const QUICK_STATEMENTS: readonly QuickStatementId[] = QUICK_AREAS.flatMap(
  (a) => a.statements,
);

/**
 * Statements whose "no" puts their area first whatever the other scores: without a customer
 * register, or without a lawful basis for keeping customer data, that is the next step.
 */
export const URGENT_WHEN_NO: readonly QuickStatementId[] = ['register', 'gdpr'];

/** An id of another record, or '' when there is none. */
const reference = refine(text(64), {
  fix: (s: string) => (isSafeId(s) ? s : ''),
  holds: (s: string) => s === '' || isSafeId(s),
});

/**
 * One quick check: its answers, and the workshop (assessment) that was started from it, if any.
 * A business can do it again later; each time is its own record, so results can be compared.
 */
export const quickCheckShape = object({
  id: id(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  /** The assessment started from this quick check; '' until the workshop is started. */
  assessmentId: reference,
  answers: byId(QUICK_STATEMENTS, choice(QUICK_SCALE)),
});
export type QuickCheck = ValueOf<typeof quickCheckShape>;
export type QuickAnswers = QuickCheck['answers'];

/** A new quick check with nothing answered; done again for a workshop, it names that workshop. */
export function createQuickCheck(now: Date = new Date(), assessmentId = ''): QuickCheck {
  const stamp = now.toISOString();
  return {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    assessmentId,
    answers: recordOf(QUICK_STATEMENTS, () => null),
  };
}

/** Repairs a quick check read back from storage or a file; null without a usable id. */
export function restoreQuickCheck(raw: unknown, now: Date = new Date()): QuickCheck | null {
  if (!isSafeId(obj(raw).id)) return null;
  return quickCheckShape.restore(raw, { now: now.toISOString() });
}

/** How one area stands: the share of the possible points (0–1), null while none is answered. */
export interface AreaScore {
  readonly id: QuickAreaId;
  readonly part: Part;
  readonly step: StepId;
  readonly score: number | null;
  readonly answered: number;
  readonly total: number;
  /** A statement that makes the area come first was answered "no". */
  readonly urgent: boolean;
}

/** What the answers say: every area's score, and the areas to develop first, most needed first. */
export interface QuickCheckResult {
  readonly complete: boolean;
  readonly answered: number;
  readonly total: number;
  readonly areas: readonly AreaScore[];
  readonly focus: readonly QuickAreaId[];
}

/** Every area's score, in the workshop's order. */
export function areaScores(answers: QuickAnswers): AreaScore[] {
  return QUICK_AREAS.map((area) => {
    const given = area.statements.flatMap((s) => {
      const answer = answers[s];
      return answer === null ? [] : [{ s, answer }];
    });
    const points = given.reduce((n, g) => n + POINTS[g.answer], 0);
    return {
      id: area.id,
      part: area.part,
      step: area.step,
      score: given.length === 0 ? null : points / (given.length * POINTS.yes),
      answered: given.length,
      total: area.statements.length,
      urgent: given.some((g) => g.answer === 'no' && URGENT_WHEN_NO.includes(g.s)),
    };
  });
}

/** An area this far below full marks is weak enough to be a third focus area on its own. */
const CLEARLY_WEAK = 0.5;

/**
 * Maps the answers to the areas to develop first: those not yet at full marks, urgent ones
 * first, then the lowest score, then the workshop's order. Two are named; a third when it is as
 * weak as the second or clearly weak. All "yes": none.
 */
export function quickCheckResult(answers: QuickAnswers): QuickCheckResult {
  const areas = areaScores(answers);
  const order = new Map(QUICK_AREAS.map((a, i) => [a.id as QuickAreaId, i]));
  const candidates = areas
    .filter((a): a is AreaScore & { score: number } => a.score !== null && a.score < 1)
    .sort(
      (a, b) =>
        Number(b.urgent) - Number(a.urgent) ||
        a.score - b.score ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  const [first, second, third] = candidates;
  const focus = [first, second].filter(Boolean);
  if (third && (third.score === second.score || third.score < CLEARLY_WEAK || third.urgent)) {
    focus.push(third);
  }
  const answered = QUICK_STATEMENTS.filter((s) => answers[s] !== null).length;
  return {
    complete: answered === QUICK_STATEMENTS.length,
    answered,
    total: QUICK_STATEMENTS.length,
    areas,
    focus: focus.map((a) => a.id),
  };
}

/** How an area moved since an earlier quick check: up, down, the same, or not comparable. */
export type Movement = 'up' | 'down' | 'same' | null;

/** Each area's movement from `before` to `now`. */
export function compareQuickChecks(
  now: QuickAnswers,
  before: QuickAnswers,
): Readonly<Record<QuickAreaId, Movement>> {
  const earlier = new Map(areaScores(before).map((a) => [a.id, a.score]));
  return Object.fromEntries(
    areaScores(now).map((a) => {
      const b = earlier.get(a.id) ?? null;
      const move: Movement =
        a.score === null || b === null ? null : a.score > b ? 'up' : a.score < b ? 'down' : 'same';
      return [a.id, move];
    }),
  ) as Record<QuickAreaId, Movement>;
}

/** The answer to one statement. */
export const quickAnswerField = (
  id: string,
  statement: QuickStatementId,
): FieldRef<QuickAnswer | null> => quickCheckField(id, 'answers', statement);
