import {
  KEY_QUESTIONS,
  LIMITS,
  newId,
  ordered,
  type KeyQuestionId,
  type PlanRow,
} from './workshop';
import type { Assessment } from './workshop';
import {
  assessmentField,
  planKey,
  putPlanRow,
  removePlanRow,
  setPlanRow,
  type Change,
  type FieldRef,
} from './changes';
import type { Part } from './workshop';
import { ratings } from './scoring';

/**
 * Sources of a part whose target is above today's level and that have no plan row yet: those
 * marked most important first, then the rest, each in the workshop's order.
 */
export function proposedSources(a: Assessment, part: Part): string[] {
  const planned = new Set(Object.values(a[planKey(part)]).map((r) => r.sourceId));
  const open = ratings(a, part).filter((r) => r.gap > 0 && !planned.has(r.id));
  return [...open.filter((r) => r.important), ...open.filter((r) => !r.important)].map((r) => r.id);
}

/** A new, empty plan row at the end of the plan. */
export function newPlanRow(a: Assessment, part: Part, sourceId: string | null): PlanRow {
  const rows = ordered(a[planKey(part)]);
  const position = rows.length ? rows[rows.length - 1].position + 1 : 0;
  return {
    id: newId(),
    sourceId,
    steps: '',
    date: '',
    scheduleNote: '',
    responsible: '',
    position,
  };
}

/** Changes that add a row for each proposed source, in the order they are proposed. */
export function addProposedRows(a: Assessment, part: Part): Change[] {
  const start = newPlanRow(a, part, null).position;
  return proposedSources(a, part).map((sourceId, i) =>
    putPlanRow(part, { ...newPlanRow(a, part, sourceId), position: start + i }),
  );
}

/** Changes that swap a row with its neighbour above (-1) or below (+1); none at the ends. */
export function moveRow(a: Assessment, part: Part, rowId: string, direction: -1 | 1): Change[] {
  const rows = ordered(a[planKey(part)]);
  const i = rows.findIndex((r) => r.id === rowId);
  const other = rows[i + direction];
  if (i < 0 || !other) return [];
  return [
    setPlanRow(part, rowId, 'position', other.position),
    setPlanRow(part, other.id, 'position', rows[i].position),
  ];
}

/** Names to suggest for "responsible": the participants and the facilitator, each once. */
export function peopleOf(a: Assessment): string[] {
  const names = [...ordered(a.participants).map((p) => p.name), a.business.facilitator];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/**
 * Adds a row at the end of a part's plan (for a source, or none; empty unless steps are given);
 * none when full. The new row's id comes with the changes, so the screen can take the user to it.
 */
export function addPlanRow(
  a: Assessment,
  part: Part,
  sourceId: string | null,
  steps = '',
): Change[] & { readonly rowId?: string } {
  if (ordered(a[planKey(part)]).length >= LIMITS.planRows) return [];
  const row = { ...newPlanRow(a, part, sourceId), steps };
  return Object.assign([putPlanRow(part, row)], { rowId: row.id });
}

/** A key question's next step that the customer plan does not hold yet. */
export interface KeyQuestionStep {
  readonly question: KeyQuestionId;
  readonly nextStep: string;
}

const sameText = (x: string, y: string) =>
  x.trim().replace(/\s+/g, ' ') === y.trim().replace(/\s+/g, ' ');

/**
 * The next steps written at the key questions, offered as rows of the customer plan; one stops
 * being offered once a row of that plan has its text as its steps.
 */
export function keyQuestionSteps(a: Assessment): KeyQuestionStep[] {
  const rows = Object.values(a.customerPlan);
  return KEY_QUESTIONS.map((question) => ({
    question,
    nextStep: a.keyQuestions[question].nextStep.trim(),
  })).filter((q) => q.nextStep !== '' && !rows.some((r) => sameText(r.steps, q.nextStep)));
}

/** Whether a key question's next step is already a row of the customer plan. */
export function isKeyQuestionPlanned(a: Assessment, question: KeyQuestionId): boolean {
  const text = a.keyQuestions[question].nextStep;
  return text.trim() !== '' && Object.values(a.customerPlan).some((r) => sameText(r.steps, text));
}

/** Removes a row from a part's plan. */
export function removeRow(part: Part, rowId: string): Change[] {
  return [removePlanRow(part, rowId)];
}

/** Puts a removed row back as it was (the undo). */
export function putBackRow(part: Part, row: PlanRow): Change[] {
  return [putPlanRow(part, row)];
}

/** A text field of a plan row. */
export function planRowField(
  id: string,
  part: Part,
  rowId: string,
  key: 'steps' | 'date' | 'scheduleNote' | 'responsible',
): FieldRef<string> {
  return part === 'customer'
    ? assessmentField(id, 'customerPlan', rowId, key)
    : assessmentField(id, 'competitorPlan', rowId, key);
}

/** Which source a plan row is for (null: not tied to one source). */
export function planSourceField(id: string, part: Part, rowId: string): FieldRef<string | null> {
  return part === 'customer'
    ? assessmentField(id, 'customerPlan', rowId, 'sourceId')
    : assessmentField(id, 'competitorPlan', rowId, 'sourceId');
}
