import { LIMITS } from '../content';
import { byId, text } from '../fields';
import { count, defineStep, filled } from './step';

/** Part 2c: the open competitor-analysis questions. */
export const COMPETITOR_QUESTIONS = [
  'difference',
  'strengthsWeaknesses',
  'learn',
  'cooperation',
  'networking',
  'customerValues',
] as const;
export type CompetitorQuestionId = (typeof COMPETITOR_QUESTIONS)[number];

/** Part 2c: the business's answers to the competitor-analysis questions. */
export const competitorQuestionsStep = defineStep({
  id: 'competitorQuestions',
  part: 'competitor',
  fields: { competitorQuestions: byId(COMPETITOR_QUESTIONS, text(LIMITS.longText)) },
  progress: ({ competitorQuestions }) => {
    const all = Object.values(competitorQuestions);
    return { done: count(all, filled), total: all.length };
  },
});
