import { quickCheckField, type FieldRef } from './changes';
import type { Part } from './content';
import { newId, recordOf } from './fields';
import {
  QUICK_AREAS,
  QUICK_STATEMENTS,
  type QuickAnswer,
  type QuickAnswers,
  type QuickAreaId,
  type QuickCheck,
  type QuickStatementId,
} from './quick-check';
import type { StepId } from './workshop';

// Starting a quick check, naming its answers, and what the answers say. Apart from the record's
// definition, which the first screen needs to store answers, so that it does not load these.

/** Points of an answer: an area scores the share of the points its statements could give. */
const POINTS: Readonly<Record<QuickAnswer, number>> = { no: 0, partly: 1, yes: 2 };

/**
 * Statements whose "no" puts their area first whatever the other scores: without a customer
 * register, or without a lawful basis for keeping customer data, that is the next step.
 */
export const URGENT_WHEN_NO: readonly QuickStatementId[] = ['register', 'gdpr'];

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

/** The answer to one statement. */
export const quickAnswerField = (
  id: string,
  statement: QuickStatementId,
): FieldRef<QuickAnswer | null> => quickCheckField(id, 'answers', statement);
