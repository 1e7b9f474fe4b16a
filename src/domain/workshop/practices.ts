import { assessmentField, removeField, setField, type Change } from '../changes';
import { LIMITS, YES_NO } from '../content';
import {
  byId,
  choice,
  keyed,
  newId,
  object,
  ordered,
  text,
  type Item,
  type ValueOf,
} from '../fields';
import type { Assessment } from './index';
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

/** Adds an unnamed practice of the business's own at the end; none once the limit is reached. */
export function addCustomPractice(a: Assessment): Change[] {
  const own = ordered(a.customPractices);
  if (own.length >= LIMITS.customPractices) return [];
  const position = own.length ? own[own.length - 1].position + 1 : 0;
  const row: CustomPractice = { id: newId(), name: '', inUse: null, couldAdopt: null, position };
  return [setField(assessmentField(a.id, 'customPractices', row.id), row)];
}

/** Removes a practice of the business's own. */
export function removeCustomPractice(a: Assessment, practiceId: string): Change[] {
  return [removeField(assessmentField(a.id, 'customPractices', practiceId))];
}

/** Puts a removed practice of the business's own back as it was (the undo). */
export function putCustomPractice(a: Assessment, row: CustomPractice): Change[] {
  return [setField(assessmentField(a.id, 'customPractices', row.id), row)];
}
