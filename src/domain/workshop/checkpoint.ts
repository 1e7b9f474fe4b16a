import { LIMITS } from '../content';
import { date, object, text, type ValueOf } from '../fields';
import { defineStep } from './step';

const checkpoint = object({ date: date(), who: text(LIMITS.shortText) });
export type Checkpoint = ValueOf<typeof checkpoint>;

/** The close: the agreed follow-up checkpoint and who calls it. */
export const checkpointStep = defineStep({
  id: 'checkpoint',
  part: 'closing',
  fields: { checkpoint },
  progress: ({ checkpoint: c }) => ({ done: c.date !== '' ? 1 : 0, total: 1 }),
});
