import type { TFunction } from 'i18next';
import type { Assessment, StepId } from '../../../domain/workshop';
import { checkpoint, competitorQuestions, goals, grid } from './competitor-entries';
import {
  keyQuestions,
  plan,
  practices,
  register,
  registerUse,
  sources,
  start,
} from './customer-entries';
import type { Entry, Words } from './entry';

export type { Answer, Entry, Layout } from './entry';

/** Steps whose items all have the same few short answers, read best as rows of a table. */
export const TABLE_STEPS: readonly StepId[] = [
  'customerSources',
  'competitorSources',
  'practices',
  'grid',
];

/**
 * The items of a step and the team's answers to them, in the workshop's order, in words of the
 * current language. Facilitator notes and help texts are left out: the room sees the answers.
 */
export function stepEntries(a: Assessment, step: StepId, t: TFunction, lng: string): Entry[] {
  const w: Words = { t, lng };
  switch (step) {
    case 'start':
      return start(a, w);
    case 'customerSources':
      return sources(a, w, 'customer');
    case 'competitorSources':
      return sources(a, w, 'competitor');
    case 'customerPlan':
      return plan(a, w, 'customer');
    case 'competitorPlan':
      return plan(a, w, 'competitor');
    case 'keyQuestions':
      return keyQuestions(a, w);
    case 'register':
      return register(a, w);
    case 'registerUse':
      return registerUse(a, w);
    case 'practices':
      return practices(a, w);
    case 'competitorQuestions':
      return competitorQuestions(a, w);
    case 'grid':
      return grid(a, w);
    case 'goals':
      return goals(a, w);
    case 'checkpoint':
      return checkpoint(a, w);
  }
}
