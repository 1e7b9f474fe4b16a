import ICAL from 'ical.js';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/workshop';
import {
  buildCalendar,
  escapeText,
  foldLine,
  REMINDER,
  type CalendarOptions,
} from '../../src/domain/calendar';
import { setBusiness, setCheckpoint } from '../../src/domain/changes';
import { setAt } from '../helpers/changes';
import { checkpointState, CHECKPOINT_NEAR_DAYS } from '../../src/domain/checkpoint';
import { GOALS } from '../../src/domain/workshop';
import { LANGUAGES, type Language } from '../../src/i18n';
import { formatDate } from '../../src/i18n/format';
import { calendarTexts } from '../../src/ui/components/CalendarButton';
import { makeAssessment, makeFullAssessment, SPECIAL_TEXT } from '../helpers/factories';
import { makeI18n } from '../helpers/i18n';

const NOW = new Date('2026-11-22T10:30:00Z');

async function calendarOf(
  a: Assessment,
  lng: Language,
  options: Partial<CalendarOptions> = {},
): Promise<{ text: string; t: TFunction }> {
  const i18n = await makeI18n(lng);
  const t = i18n.getFixedT(lng);
  const text = buildCalendar(a, calendarTexts(a, t, lng), {
    withActions: false,
    language: lng,
    now: NOW,
    ...options,
  });
  return { text, t };
}

/** The file as a calendar app reads it: the VCALENDAR and its events by UID. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

const checkpointOf = (a: Assessment, text: string) => {
  const event = parse(text).byUid.get(`checkpoint-${a.id}@markkinapaja.app`);
  if (!event) throw new Error('no checkpoint event');
  return event;
};

describe('the checkpoint calendar file', () => {
  const a = makeFullAssessment();

  it.each(LANGUAGES)('holds the checkpoint on its day with a reminder (%s)', async (lng) => {
    const { text, t } = await calendarOf(a, lng);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('Markkinapaja');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(1);

    const event = checkpointOf(a, text);
    // An all-day event: a DATE, not a moment that would move with the time zone.
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-06-15');
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-06-16');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-11-22T10:30:00Z',
    );

    expect(event.summary).toBe(t('calendar.event.title', { business: a.business.name }));
    expect(event.summary).toContain('Hoivapalvelu Aurinko Oy');
    expect(event.component.getFirstProperty('summary')?.getParameter('language')).toBe(lng);
    const description = event.description;
    for (const expected of [
      t('calendar.event.intro'),
      t('calendar.event.actions', { count: 4 }),
      t('calendar.event.goals'),
      t('summary.checkpoint.agreedWho', { name: 'Maija Mentor' }),
      t('calendar.event.workshop', { date: formatDate('2026-11-20', lng) }),
      ...GOALS.map((id, i) =>
        t('calendar.event.goalBy', {
          goal: a.goals[id].goal,
          date: formatDate(`2027-0${i + 3}-10`, lng),
        }),
      ),
    ]) {
      expect(description).toContain(expected);
    }

    const [alarm] = event.component.getAllSubcomponents('valarm');
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('description')).toBe(
      t('calendar.reminder', { count: 3, business: a.business.name }),
    );
    // Three days before, at nine in the morning rather than at midnight.
    const trigger = alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>;
    const ringsAt = event.startDate.clone();
    ringsAt.isDate = false; // the start of the day, so that the hours count
    ringsAt.addDuration(trigger);
    expect(ringsAt.toString()).toBe(`2027-06-12T0${REMINDER.hour}:00:00`);
  });

  it('writes each language in its own words', async () => {
    const descriptions = await Promise.all(
      LANGUAGES.map(async (lng) => checkpointOf(a, (await calendarOf(a, lng)).text).description),
    );
    const intros = await Promise.all(
      LANGUAGES.map(async (lng) => (await makeI18n(lng)).getFixedT(lng)('calendar.event.intro')),
    );
    LANGUAGES.forEach((_, i) => {
      intros.forEach((intro, j) => expect(descriptions[i].includes(intro)).toBe(i === j));
    });
  });

  it.each(LANGUAGES)('adds the dated actions and goals when asked (%s)', async (lng) => {
    const { text, t } = await calendarOf(a, lng, { withActions: true });
    const { events, byUid } = parse(text);
    // The checkpoint, four actions planned (the one without a date cannot go into a calendar)
    // and three dated goals.
    expect(events).toHaveLength(1 + 3 + 3);
    GOALS.forEach((id, i) => {
      const goal = byUid.get(`goal-${a.id}-${id}@markkinapaja.app`);
      expect(goal?.startDate.toString()).toBe(`2027-0${i + 3}-10`);
      expect(goal?.summary).toBe(
        t('calendar.goal.title', { goal: `Tavoite numero ${i + 1}`, business: a.business.name }),
      );
      expect(goal?.description).toContain(`Tavoitteen askeleet ${i + 1}`);
      expect(goal?.description).toContain(
        t('summary.actions.responsible', { name: `Tavoitevastuu ${i + 1}` }),
      );
    });
    const action = (part: string, row: string) => {
      const event = byUid.get(`action-${a.id}-${part}-${row}@markkinapaja.app`);
      if (!event) throw new Error(`no event for ${row}`);
      return event;
    };
    const surveys = action('customer', 'row-1');
    expect(surveys.startDate.isDate).toBe(true);
    expect(surveys.startDate.toString()).toBe('2027-04-01');
    expect(surveys.endDate.toString()).toBe('2027-04-02');
    // Named by the action itself, not by the source it serves.
    expect(surveys.summary).toBe(
      t('calendar.action.title', { action: 'Askel A1', business: a.business.name }),
    );
    expect(surveys.description).toContain(t('sources.customer.surveys'));
    expect(surveys.description).toContain('Askel A1\nAskel B1');
    expect(surveys.description).toContain(t('summary.actions.responsible', { name: 'Vastuu 1' }));
    expect(surveys.description).toContain(t('calendar.action.schedule', { note: 'joka kevät' }));
    expect(surveys.description).toContain(
      t('calendar.action.checkpoint', { date: formatDate('2027-06-15', lng) }),
    );
    expect(surveys.component.getAllSubcomponents('valarm')).toHaveLength(0);
    expect(action('customer', 'row-2').startDate.toString()).toBe('2027-01-15');
    expect(action('competitor', 'row-3').startDate.toString()).toBe('2027-02-20');
    expect(action('competitor', 'row-3').summary).toContain('Askel A3');
  });

  it('names an action without a source by the first line of its steps', async () => {
    const b = makeAssessment({}, [
      setCheckpoint('date', '2027-05-01'),
      setAt(['customerPlan', 'own'], {
        id: 'own',
        sourceId: null,
        steps: '\nSoitetaan asiakkaille\nja kirjataan vastaukset',
        date: '2027-03-03',
        scheduleNote: '',
        responsible: '',
        position: 0,
      }),
    ]);
    const { text } = await calendarOf(b, 'fi', { withActions: true });
    const event = parse(text).byUid.get(`action-${b.id}-customer-own@markkinapaja.app`);
    expect(event?.summary).toBe('Toimenpide: Soitetaan asiakkaille (Hoivapalvelu Aurinko Oy)');
  });

  it('keeps commas, semicolons, backslashes, line breaks and Sami letters intact', async () => {
    const name = `Hoiva, Koti; Apu \\ Oy – Sámi áčđŋšŧž ÁČĐŊŠŦŽ 😀`;
    const steps = `Ensin: kysely, sitten; haastattelut\nToinen rivi \\ ${SPECIAL_TEXT}`;
    const b = makeAssessment({ name }, [
      setCheckpoint('date', '2027-06-15'),
      setCheckpoint('who', `Ánde Ŋuolja, ${SPECIAL_TEXT}`),
      setAt(['customerPlan', 'r'], {
        id: 'r',
        sourceId: 'surveys',
        steps,
        date: '2027-02-01',
        scheduleNote: '',
        responsible: 'Čiŋŋá; Đuvvá',
        position: 0,
      }),
    ]);
    expect(b.business.name).toBe(name);
    const { text, t } = await calendarOf(b, 'fi', { withActions: true });
    expect(text).toContain('Hoiva\\, Koti\\; Apu \\\\ Oy');
    const { byUid } = parse(text);
    const checkpoint = checkpointOf(b, text);
    expect(checkpoint.summary).toBe(t('calendar.event.title', { business: name }));
    expect(checkpoint.description).toContain(`Ánde Ŋuolja, ${SPECIAL_TEXT}`);
    const action = byUid.get(`action-${b.id}-customer-r@markkinapaja.app`);
    expect(action?.summary).toContain(name);
    expect(action?.description).toContain(steps);
    expect(action?.description).toContain('Čiŋŋá; Đuvvá');
  });

  it('folds lines at 75 octets without splitting a character, and ends every line with CRLF', async () => {
    const b = makeAssessment({ name: `${'Áččá '.repeat(30)}Oy` }, [
      setCheckpoint('date', '2027-06-15'),
      setCheckpoint('who', `${SPECIAL_TEXT} 😀`.repeat(4)),
    ]);
    for (const lng of LANGUAGES) {
      for (const x of [a, b]) {
        const { text } = await calendarOf(x, lng, { withActions: true });
        expect(text.endsWith('\r\n')).toBe(true);
        const lines = text.split('\r\n').slice(0, -1);
        expect(lines.filter((l) => /[\r\n]/.test(l))).toEqual([]);
        const tooLong = lines.filter((l) => new TextEncoder().encode(l).length > 75);
        expect(tooLong).toEqual([]);
        // A lone surrogate would be half an emoji: a character split between two lines.
        const broken = lines.filter((l) => /\p{Cs}/u.test(l));
        expect(broken).toEqual([]);
        expect(lines.some((l) => l.startsWith(' '))).toBe(true);
      }
    }
  });

  it('gives the events the same UIDs every time, so that a new file updates them', async () => {
    const first = await calendarOf(a, 'fi', { withActions: true });
    const later = await calendarOf(a, 'sv', {
      withActions: true,
      now: new Date('2027-01-05T08:00:00Z'),
    });
    const uids = (text: string) => parse(text).events.map((e) => e.uid);
    expect(uids(later.text)).toEqual(uids(first.text));
    expect(new Set(uids(first.text)).size).toBe(1 + 3 + 3);
    const other = makeFullAssessment();
    expect(uids((await calendarOf(other, 'fi')).text)).not.toEqual(uids(first.text).slice(0, 1));
  });

  it('counts a later change of the assessment as a newer version of the event', async () => {
    const changed = {
      ...a,
      updatedAt: new Date(Date.parse(a.updatedAt) + 3_600_000).toISOString(),
    };
    const sequence = (text: string) =>
      Number(checkpointOf(a, text).component.getFirstPropertyValue('sequence'));
    expect(sequence((await calendarOf(changed, 'fi')).text)).toBeGreaterThan(
      sequence((await calendarOf(a, 'fi')).text),
    );
  });

  it('refuses a checkpoint without a date', async () => {
    const b = makeAssessment({}, [setBusiness('name', 'Ilman päivää')]);
    await expect(calendarOf(b, 'fi')).rejects.toThrow(RangeError);
    const bad = makeAssessment({}, [setCheckpoint('date', '2027-02-30')]);
    await expect(calendarOf(bad, 'fi')).rejects.toThrow(RangeError);
  });
});

describe('iCalendar text encoding', () => {
  it('escapes what RFC 5545 requires', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(escapeText('bell\u0007 tab\t')).toBe('bell tab\t');
  });

  it('folds by octets, not characters', () => {
    const folded = foldLine(`DESCRIPTION:${'ŧ'.repeat(100)}`).split('\r\n');
    expect(folded.map((l) => new TextEncoder().encode(l).length)).toEqual([74, 75, 65]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('keeps an escape together across a fold', () => {
    const line = `SUMMARY:${'x'.repeat(66)}\\,${'y'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded[0]).toHaveLength(74);
    expect(folded[1].startsWith(' \\,')).toBe(true);
  });
});

describe('the checkpoint state on the home screen', () => {
  const today = '2027-03-30';

  it('shows nothing without a date or while the checkpoint is far', () => {
    expect(checkpointState('', today)).toEqual({ kind: 'none' });
    expect(checkpointState('2027-02-30', today)).toEqual({ kind: 'none' });
    expect(checkpointState('2027-04-14', today)).toEqual({ kind: 'later', days: 15 });
  });

  it(`counts the days down from ${CHECKPOINT_NEAR_DAYS} to today`, () => {
    expect(checkpointState('2027-04-13', today)).toEqual({ kind: 'near', days: 14 });
    expect(checkpointState('2027-03-31', today)).toEqual({ kind: 'near', days: 1 });
    expect(checkpointState(today, today)).toEqual({ kind: 'today' });
    // Across the spring clock change and a month's end, a day is still a day.
    expect(checkpointState('2027-04-02', '2027-03-27')).toEqual({ kind: 'near', days: 6 });
  });

  it('says when it has passed', () => {
    expect(checkpointState('2027-03-29', today)).toEqual({ kind: 'passed', days: 1 });
    expect(checkpointState('2026-12-31', today)).toEqual({ kind: 'passed', days: 89 });
  });
});
