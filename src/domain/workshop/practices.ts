import { LIMITS, YES_NO } from '../content';
import { byId, choice, keyed, object, text, type Item, type ValueOf } from '../fields';
import { answered, defineStep } from './step';

/** Part 1f: ways of using customer information in service development. */
export const PRACTICES = [
  'internalMeetings',
  'developmentDays',
  'customerProgrammes',
  'staffIdeas',
  'customerInvolvement',
  'marketingPlanning',
] as const;
export type PracticeId = (typeof PRACTICES)[number];

const use = { inUse: choice(YES_NO), couldAdopt: choice(YES_NO) };
const practice = object(use);
export type PracticeAnswer = ValueOf<typeof practice>;

const customPractice = { name: text(LIMITS.shortText), ...use };
export type CustomPractice = Item<typeof customPractice>;

/** Part 1f: which ways of using customer information are in use, or could be. */
export const practicesStep = defineStep({
  id: 'practices',
  part: 'customer',
  fields: {
    practices: byId(PRACTICES, practice),
    customPractices: keyed(LIMITS.customPractices, customPractice),
  },
  progress: ({ practices, customPractices }) =>
    answered([...Object.values(practices), ...Object.values(customPractices)].map((p) => p.inUse)),
});
