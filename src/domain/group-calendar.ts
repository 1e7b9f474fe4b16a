import { calendarFile, checkpointEvent, isCalendarDate, type EventTexts } from './calendar';
import type { GroupInput } from './group';
import type { GroupReport, GroupReportRow } from './group-report';

/** The words of a group's calendar, in one language; a row is named by its name or its code. */
export interface GroupCalendarTexts {
  readonly checkpoint: (row: GroupReportRow) => EventTexts;
  readonly reminder: (row: GroupReportRow) => string;
}

/**
 * Every business's next checkpoint in one iCalendar file, earliest first. Each event has the
 * UID of that business's own checkpoint event, so importing this file after a business's own
 * (or a newer group file) moves the event instead of adding a second one.
 * Throws when no business has a checkpoint date.
 */
export function buildGroupCalendar(
  members: readonly GroupInput[],
  report: GroupReport,
  texts: GroupCalendarTexts,
  options: { readonly language: string; readonly now: Date },
): string {
  const byId = new Map(members.map((m) => [m.assessment.id, m]));
  const events = report.checkpoints.flatMap((row) => {
    const m = byId.get(row.id);
    if (!m || !isCalendarDate(row.checkpoint)) return [];
    const f = m.latestFollowUp;
    // The date may have been moved at the follow-up: the later change wins in the calendar.
    const changedAt =
      f && f.updatedAt > m.assessment.updatedAt ? f.updatedAt : m.assessment.updatedAt;
    return [
      checkpointEvent(
        m.assessment,
        row.checkpoint,
        texts.checkpoint(row),
        texts.reminder(row),
        options,
        changedAt,
      ),
    ];
  });
  if (events.length === 0) throw new RangeError('No business of the group has a checkpoint date');
  return calendarFile(events, options.language);
}
