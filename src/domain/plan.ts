import { LIMITS, newId, ordered, type PlanRow } from './workshop';
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

/** Sources of a part whose target is above today's level and that have no plan row yet. */
export function proposedSources(a: Assessment, part: Part): string[] {
  const planned = new Set(Object.values(a[planKey(part)]).map((r) => r.sourceId));
  return ratings(a, part)
    .filter((r) => r.gap > 0 && !planned.has(r.id))
    .map((r) => r.id);
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

/** Changes that add a row for each proposed source, in the workshop's order. */
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

/** Adds an empty row at the end of a part's plan (for a source, or none); none when full. */
export function addPlanRow(a: Assessment, part: Part, sourceId: string | null): Change[] {
  if (ordered(a[planKey(part)]).length >= LIMITS.planRows) return [];
  return [putPlanRow(part, newPlanRow(a, part, sourceId))];
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
