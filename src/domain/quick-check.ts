import type { Part } from './content';
import {
  byId,
  choice,
  id,
  isSafeId,
  obj,
  object,
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
 * on in one step of the workshop (quick-check-result.ts). Words live in the locales under
 * quickCheck.*.
 */

/** The answer scale: not at all, somewhat, yes. */
export const QUICK_SCALE = ['no', 'partly', 'yes'] as const;
export type QuickAnswer = (typeof QUICK_SCALE)[number];

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

/** Repairs a quick check read back from storage or a file; null without a usable id. */
export function restoreQuickCheck(raw: unknown, now: Date = new Date()): QuickCheck | null {
  if (!isSafeId(obj(raw).id)) return null;
  return quickCheckShape.restore(raw, { now: now.toISOString() });
}
