import type { FunctionComponent } from 'preact';
import type { StepId } from '../../../domain/workshop';
import { CheckpointStep } from './checkpoint/CheckpointStep';
import { CompetitorQuestionsStep } from './competitor-questions/CompetitorQuestionsStep';
import { GoalsStep } from './goals/GoalsStep';
import { GridStep } from './grid/GridStep';
import { KeyQuestionsStep } from './key-questions/KeyQuestionsStep';
import { PlanStep } from './plan/PlanStep';
import { PracticesStep } from './practices/PracticesStep';
import { RegisterStep } from './register/RegisterStep';
import { RegisterUseStep } from './register-use/RegisterUseStep';
import { SourcesStep } from './sources/SourcesStep';
import { StartStep } from './start/StartStep';
import type { StepProps } from './step-props';

/** The screen body of every workshop step. */
export const STEP_BODIES: Readonly<Record<StepId, FunctionComponent<StepProps>>> = {
  start: StartStep,
  customerSources: ({ a }) => <SourcesStep a={a} part="customer" />,
  customerPlan: ({ a }) => <PlanStep a={a} part="customer" />,
  keyQuestions: KeyQuestionsStep,
  register: RegisterStep,
  registerUse: RegisterUseStep,
  practices: PracticesStep,
  competitorSources: ({ a }) => <SourcesStep a={a} part="competitor" />,
  competitorPlan: ({ a }) => <PlanStep a={a} part="competitor" />,
  competitorQuestions: CompetitorQuestionsStep,
  grid: GridStep,
  goals: GoalsStep,
  checkpoint: CheckpointStep,
};
