import { LIMITS } from '../content';
import { byId, choice, object, text, type ValueOf } from '../fields';
import { count, defineStep } from './step';

/** Part 1c: the five questions a business should answer from its customer information. */
export const KEY_QUESTIONS = ['who', 'group', 'need', 'choice', 'channels'] as const;
export type KeyQuestionId = (typeof KEY_QUESTIONS)[number];

/** How well a key question can be answered today. */
export const ANSWERABILITY = ['yes', 'partly', 'no'] as const;
export type Answerability = (typeof ANSWERABILITY)[number];

const keyQuestion = object({
  canAnswer: choice(ANSWERABILITY),
  answer: text(LIMITS.longText),
  missing: text(LIMITS.longText),
  where: text(LIMITS.longText),
  nextStep: text(LIMITS.longText),
});
export type KeyQuestionAnswer = ValueOf<typeof keyQuestion>;

/** Part 1c: can each key question be answered, and what is missing. */
export const keyQuestionsStep = defineStep({
  id: 'keyQuestions',
  part: 'customer',
  fields: { keyQuestions: byId(KEY_QUESTIONS, keyQuestion) },
  progress: ({ keyQuestions }) => {
    const all = Object.values(keyQuestions);
    return { done: count(all, (q) => q.canAnswer !== null), total: all.length };
  },
});
