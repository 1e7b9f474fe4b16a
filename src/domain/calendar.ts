import type { Assessment } from './workshop';
import { allActions, goalSummaries, type Action, type GoalSummary } from './summary';

/**
 * The checkpoint, and if asked the dated actions, as an iCalendar file (RFC 5545) that Google,
 * Outlook and Apple calendars import. The words come from the caller, already in one language;
 * this module lays them out and encodes them.
 */

/** A paragraph of an event's description, or a heading with a list shown one item a line. */
export type Paragraph = string | { readonly heading: string; readonly items: readonly string[] };

/** The words of one calendar event. */
export interface EventTexts {
  readonly title: string;
  readonly description: readonly Paragraph[];
}

/** Everything the file says, in the language the user chose. */
export interface CalendarTexts {
  readonly checkpoint: EventTexts;
  /** What the reminder says before the checkpoint. */
  readonly reminder: string;
  /** The words of a planned action's event. */
  readonly action: (action: Action) => EventTexts;
  /** The words of a goal's event, on the day it is to be reached. */
  readonly goal: (goal: GoalSummary) => EventTexts;
}

export interface CalendarOptions {
  /** Also one all-day event for each planned action and each goal that has a date. */
  readonly withActions: boolean;
  /** The texts' language (fi, sv, en), so that calendars that care can tell. */
  readonly language: string;
  /** When the file is made. */
  readonly now: Date;
}

/**
 * The reminder comes three days ahead, in time to book the room and gather the team, at nine in
 * the morning: a reminder at the start of an all-day event would ring at midnight.
 */
export const REMINDER = { daysBefore: 3, hour: 9 } as const;

/** The product in the file's PRODID and the domain of its event UIDs. */
const PRODUCT = 'Markkinapaja';
const UID_DOMAIN = 'markkinapaja.app';
const MAX_OCTETS = 75;
const DAY = 24 * 60 * 60 * 1000;

/** The UTC midnight of an ISO calendar date, or null when it is not a real date. */
function dayOf(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === iso ? day : null;
}

/** True when the date can go into a calendar. */
export function isCalendarDate(iso: string): boolean {
  return dayOf(iso) !== null;
}

const dateValue = (day: Date) => day.toISOString().slice(0, 10).replace(/-/g, '');
const dateTimeValue = (t: Date) => `${t.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** TEXT per RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // Control characters other than tab and line break are not allowed in TEXT.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

function utf8Length(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1). A character is never split
 * between lines, and neither is an escape such as "\,", which strict readers would misread.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = [...unit].reduce((n, c) => n + utf8Length(c), 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function describe(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((p) =>
      typeof p === 'string' ? p.trim() : [p.heading, ...p.items.map((i) => `• ${i}`)].join('\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * A number that grows with every change to the assessment, so that a calendar that compares
 * versions of an event takes a newer file's over an older one.
 */
function sequenceOf(a: Assessment, changedAt = a.updatedAt): number {
  const changed = Date.parse(changedAt);
  return Number.isNaN(changed) ? 0 : Math.max(0, Math.floor(changed / 60_000));
}

function allDayEvent(
  uid: string,
  date: Date,
  texts: EventTexts,
  extra: readonly string[],
  a: Assessment,
  options: CalendarOptions,
  changedAt = a.updatedAt,
): string[] {
  const lang = `LANGUAGE=${options.language}`;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${dateTimeValue(options.now)}`,
    `SEQUENCE:${sequenceOf(a, changedAt)}`,
    `DTSTART;VALUE=DATE:${dateValue(date)}`,
    `DTEND;VALUE=DATE:${dateValue(new Date(date.getTime() + DAY))}`,
    `SUMMARY;${lang}:${escapeText(texts.title.trim())}`,
    `DESCRIPTION;${lang}:${escapeText(describe(texts.description))}`,
    // A day to remember, not a day taken: the team's calendars stay free for other meetings.
    'TRANSP:TRANSPARENT',
    ...extra,
    'END:VEVENT',
  ];
}

/** The alarm's offset from the start of the all-day event (its midnight). */
function reminderTrigger(): string {
  const hoursBefore = REMINDER.daysBefore * 24 - REMINDER.hour;
  return `-P${Math.floor(hoursBefore / 24)}DT${hoursBefore % 24}H`;
}

/** A stable UID for the checkpoint: importing a newer file updates the event, never doubles it. */
export function checkpointUid(a: Assessment): string {
  return `checkpoint-${a.id}@${UID_DOMAIN}`;
}

/** A stable UID for one planned action's event. */
export function actionUid(a: Assessment, action: Action): string {
  return `action-${a.id}-${action.part}-${action.id}@${UID_DOMAIN}`;
}

/** A stable UID for one goal's event. */
export function goalUid(a: Assessment, goal: GoalSummary): string {
  return `goal-${a.id}-${goal.id}@${UID_DOMAIN}`;
}

/** The planned actions of both plans that have a date, in date order. */
export function datedActions(a: Assessment): Action[] {
  return allActions(a).filter((action) => isCalendarDate(action.date));
}

/** The goals that were written and have a date. */
export function datedGoals(a: Assessment): GoalSummary[] {
  return goalSummaries(a).filter((g) => g.filled && isCalendarDate(g.date));
}

/**
 * The iCalendar file (CRLF lines, folded at 75 octets) with the checkpoint as an all-day event
 * and a reminder before it; with `withActions`, also an event on each dated action's and goal's
 * day.
 * Throws when the checkpoint has no date: there would be nothing to remind of.
 */
export function buildCalendar(
  a: Assessment,
  texts: CalendarTexts,
  options: CalendarOptions,
): string {
  if (!isCalendarDate(a.checkpoint.date)) throw new RangeError('The checkpoint has no date');
  const events = [
    checkpointEvent(a, a.checkpoint.date, texts.checkpoint, texts.reminder, options),
    ...(options.withActions ? allActions(a) : []).flatMap((action) => {
      const day = dayOf(action.date);
      return day
        ? [allDayEvent(actionUid(a, action), day, texts.action(action), [], a, options)]
        : [];
    }),
    ...(options.withActions ? datedGoals(a) : []).flatMap((goal) => {
      const day = dayOf(goal.date);
      return day ? [allDayEvent(goalUid(a, goal), day, texts.goal(goal), [], a, options)] : [];
    }),
  ];
  return calendarFile(events, options.language);
}

/**
 * A business's checkpoint as an all-day event with its reminder, under the UID that every file
 * of the app gives it, so that one business's file and a group's update the same event.
 * `changedAt` (an ISO time) is when the date was last changed, for the event's SEQUENCE.
 */
export function checkpointEvent(
  a: Assessment,
  date: string,
  texts: EventTexts,
  reminder: string,
  options: Pick<CalendarOptions, 'language' | 'now'>,
  changedAt = a.updatedAt,
): string[] {
  const day = dayOf(date);
  if (!day) throw new RangeError('The checkpoint has no date');
  const alarm = [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION;LANGUAGE=${options.language}:${escapeText(reminder.trim())}`,
    `TRIGGER:${reminderTrigger()}`,
    'END:VALARM',
  ];
  const all = { withActions: false, ...options };
  return allDayEvent(checkpointUid(a), day, texts, alarm, a, all, changedAt);
}

/** The iCalendar file around the events' lines: CRLF lines, folded at 75 octets. */
export function calendarFile(events: readonly (readonly string[])[], language: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${PRODUCT}//${PRODUCT}//${language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
