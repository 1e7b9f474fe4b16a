import { applyChanges } from '../../src/domain/changes';
import { setAt } from './changes';
import { createFollowUp, restoreFollowUp, type FollowUp } from '../../src/domain/follow-up';
import type { Assessment } from '../../src/domain/workshop';
import { rng } from './random';

/** A follow-up of an assessment with statuses, comments, a level rated again and a checkpoint. */
export function followUpOf(a: Assessment, seed: number, now = new Date()): FollowUp {
  const r = rng(seed);
  return restoreFollowUp(
    applyChanges(createFollowUp(a, '2026-11-20', now), [
      setAt(['goals', 'goal1', 'status'], r.pick(['done', 'inProgress', 'notStarted'])),
      setAt(['goals', 'goal1', 'comment'], r.text(5)),
      setAt(['customerLevels', 'surveys', 'now'], r.pick([0, 1, 2, 3])),
      setAt(['nextCheckpoint'], { date: '2027-03-01', who: r.text(2) }),
      setAt(['notes'], r.text(8)),
    ]),
  )!;
}

/** The same file as the previous app wrote it, format version 1: assessments only. */
export function asVersion1(text: string): string {
  const { followUps: _, quickChecks: _q, ...doc } = JSON.parse(text);
  return `${JSON.stringify({ ...doc, formatVersion: 1 }, null, 2)}\n`;
}
