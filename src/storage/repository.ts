import {
  createAssessment as makeAssessment,
  type Assessment,
  type NewAssessmentInput,
} from '../domain/assessment';
import { applyChanges, type Change } from '../domain/changes';
import { restoreAssessment } from '../domain/restore';
import { overallProgress } from '../domain/scoring';
import type { Perspective } from '../domain/content';
import { db } from './db';
import { guarded } from './errors';

/** What the home screen shows of an assessment. */
export interface AssessmentSummary {
  readonly id: string;
  readonly name: string;
  readonly perspective: Perspective;
  readonly workshopDate: string;
  readonly updatedAt: string;
  /** How far it is filled, 0–1. */
  readonly progress: number;
}

function summarise(a: Assessment): AssessmentSummary {
  return {
    id: a.id,
    name: a.business.name,
    perspective: a.business.perspective,
    workshopDate: a.business.workshopDate,
    updatedAt: a.updatedAt,
    progress: overallProgress(a),
  };
}

/** Creates and stores a new assessment; returns it. */
export async function createAssessment(input: NewAssessmentInput): Promise<Assessment> {
  const assessment = makeAssessment(input);
  await guarded(() => db().assessments.add(assessment));
  return assessment;
}

/** All stored assessments as summaries, most recently changed first. */
export async function listAssessments(): Promise<AssessmentSummary[]> {
  return guarded(async () => {
    // Read every record, not the updatedAt index: a record that lost its timestamp is still
    // the user's work and must be listed.
    const rows = await db().assessments.toArray();
    return rows
      .flatMap((raw) => {
        const a = restoreAssessment(raw);
        return a ? [summarise(a)] : [];
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });
}

/** One assessment, repaired on the way out; undefined when there is none with that id. */
export async function getAssessment(id: string): Promise<Assessment | undefined> {
  return guarded(async () => {
    const raw = await db().assessments.get(id);
    return raw ? (restoreAssessment(raw) ?? undefined) : undefined;
  });
}

/**
 * Applies field-level changes in one transaction: the latest stored record is read, only the
 * changed fields are replaced, and the result is repaired before it is written. Edits to other
 * fields, from another tab for example, are kept. Throws when the assessment does not exist.
 */
export async function updateAssessment(id: string, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  await guarded(() =>
    db().transaction('rw', db().assessments, async () => {
      const raw = await db().assessments.get(id);
      const current = raw ? restoreAssessment(raw) : null;
      if (!current) throw new Error(`No assessment ${id}`);
      const next = restoreAssessment(applyChanges(current, changes));
      if (!next) throw new Error(`Assessment ${id} could not be repaired`);
      await db().assessments.put({ ...next, updatedAt: new Date().toISOString() });
    }),
  );
}

/** Removes an assessment from the device. */
export async function deleteAssessment(id: string): Promise<void> {
  await guarded(() => db().assessments.delete(id));
}
