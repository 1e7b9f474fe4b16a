import { assessmentField, removeField, setField, type Change } from '../changes';
import { LIMITS } from '../content';
import {
  choiceOr,
  date,
  keyed,
  newId,
  object,
  ordered,
  text,
  type Item,
  type ValueOf,
} from '../fields';
import type { Assessment } from './index';
import { count, defineStep, filled } from './step';

/** Whose needs the assessment looks at: the one who pays, the one who uses, or both. */
export const PERSPECTIVES = ['paying', 'user', 'both'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

const business = object({
  name: text(LIMITS.shortText),
  field: text(LIMITS.shortText),
  perspective: choiceOr(PERSPECTIVES, 'both'),
  workshopDate: date(),
  facilitator: text(LIMITS.shortText),
});
export type Business = ValueOf<typeof business>;

const participant = { name: text(LIMITS.shortText), role: text(LIMITS.shortText) };
export type Participant = Item<typeof participant>;

/** What the new-assessment form asks for. */
export interface NewAssessmentInput {
  readonly name: string;
  readonly field?: string;
  readonly perspective?: Perspective;
  readonly workshopDate?: string;
  readonly facilitator?: string;
  readonly participants?: readonly { readonly name: string; readonly role: string }[];
  /** The facilitator's group the business belongs to. */
  readonly group?: string;
}

/** The start: who the business is, the workshop's date and facilitator, and who takes part. */
export const startStep = defineStep({
  id: 'start',
  part: 'intro',
  fields: { business, participants: keyed(LIMITS.participants, participant) },
  progress: ({ business: b, participants }) => {
    const checks = [
      filled(b.name),
      filled(b.field),
      b.workshopDate !== '',
      filled(b.facilitator),
      Object.keys(participants).length > 0,
    ];
    return { done: count(checks, Boolean), total: checks.length };
  },
  create: (input) => {
    const people = (input.participants ?? [])
      .filter((p) => p.name.trim() !== '')
      .map((p, position): Participant => ({
        id: newId(),
        position,
        name: p.name.trim(),
        role: p.role.trim(),
      }));
    return {
      business: {
        name: input.name.trim(),
        field: input.field?.trim() ?? '',
        perspective: input.perspective ?? 'both',
        workshopDate: input.workshopDate ?? '',
        facilitator: input.facilitator?.trim() ?? '',
      },
      participants: Object.fromEntries(people.map((p) => [p.id, p])),
    };
  },
});

/** Adds an unnamed participant at the end; no change once the limit is reached. */
export function addParticipant(a: Assessment): Change[] {
  const rows = ordered(a.participants);
  if (rows.length >= LIMITS.participants) return [];
  const position = rows.length ? rows[rows.length - 1].position + 1 : 0;
  const p: Participant = { id: newId(), name: '', role: '', position };
  return [setField(assessmentField(a.id, 'participants', p.id), p)];
}

/** Removes a participant. */
export function removeParticipant(a: Assessment, participantId: string): Change[] {
  return [removeField(assessmentField(a.id, 'participants', participantId))];
}
