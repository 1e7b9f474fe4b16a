import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../domain/workshop';
import type { FollowUp } from '../domain/follow-up';
import { lastBackupAt } from './settings';
import { getFollowUp, listFollowUps } from './follow-ups';
import { getAssessment, listAssessments, type AssessmentSummary } from './repository';

/**
 * The assessment with this id, kept up to date with every change in any tab:
 * undefined while loading, null when there is none.
 */
export function useAssessment(id: string): Assessment | null | undefined {
  return useLiveQuery(async () => (await getAssessment(id)) ?? null, [id]);
}

/** Summaries of all assessments, live; undefined while loading. */
export function useAssessmentList(): AssessmentSummary[] | undefined {
  return useLiveQuery(listAssessments, []);
}

/** When the last backup file was made on this device: null if never, undefined while loading. */
export function useLastBackupAt(): string | null | undefined {
  return useLiveQuery(lastBackupAt, []);
}

/** One follow-up, live: undefined while loading, null when there is none. */
export function useFollowUp(id: string): FollowUp | null | undefined {
  return useLiveQuery(async () => (await getFollowUp(id)) ?? null, [id]);
}

/** The follow-ups of an assessment, newest first, live; undefined while loading. */
export function useFollowUps(assessmentId: string): FollowUp[] | undefined {
  return useLiveQuery(() => listFollowUps(assessmentId), [assessmentId]);
}
