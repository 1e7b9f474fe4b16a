import type { Assessment } from '../../../domain/workshop';

/** What every step screen gets: the live assessment. */
export interface StepProps {
  readonly a: Assessment;
}
