import { LIMITS, YES_NO } from '../content';
import { byId, choice, object, text, type ValueOf } from '../fields';
import { answered, defineStep } from './step';

/** Part 1e: analyses that a register kept over time makes possible. */
export const REGISTER_ANALYSES = ['serviceUsage', 'segments', 'geography'] as const;
export type RegisterAnalysisId = (typeof REGISTER_ANALYSES)[number];

const analysis = object({ done: choice(YES_NO), notes: text(LIMITS.longText) });
export type AnalysisAnswer = ValueOf<typeof analysis>;

/** Part 1e: which analyses of the register are made. */
export const registerUseStep = defineStep({
  id: 'registerUse',
  part: 'customer',
  fields: { registerAnalyses: byId(REGISTER_ANALYSES, analysis) },
  progress: ({ registerAnalyses }) => answered(Object.values(registerAnalyses).map((r) => r.done)),
});
