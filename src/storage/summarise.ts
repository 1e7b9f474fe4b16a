import type { Assessment } from '../domain/workshop';
import { overallProgress } from '../domain/workshop';
import type { AssessmentSummary } from './db';

/** The home-screen summary of an assessment, computed from it. */
export function summarise(a: Assessment): AssessmentSummary {
  return {
    id: a.id,
    name: a.business.name,
    perspective: a.business.perspective,
    workshopDate: a.business.workshopDate,
    checkpointDate: a.checkpoint.date,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    progress: overallProgress(a),
    group: a.group,
  };
}
