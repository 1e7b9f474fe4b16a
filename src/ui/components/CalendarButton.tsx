import type { TFunction } from 'i18next';
import { useId, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/workshop';
import {
  buildCalendar,
  datedActions,
  datedGoals,
  isCalendarDate,
  REMINDER,
  type CalendarTexts,
} from '../../domain/calendar';
import { safeFileName } from '../../domain/file-name';
import { allActions, goalSummaries } from '../../domain/summary';
import { ensureAllTexts, toLanguage, type Language } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { flushSaves, getAssessment } from '../../storage';
import { deliverFile } from './deliver-file';
import { useStorageAdvice } from './ErrorMessage';
import './calendar.css';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'making' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const firstLine = (s: string) => oneLine(s.split('\n').find((l) => l.trim() !== '') ?? '');

/**
 * The words of the calendar file in the language of `t` (which may differ from the UI's): what
 * the team reviews at the checkpoint, and what each dated action is.
 */
export function calendarTexts(a: Assessment, t: TFunction, lng: string): CalendarTexts {
  const business = oneLine(a.business.name) || t('app.name');
  const date = (iso: string) => formatDate(iso, lng);
  const actions = allActions(a).length;
  const goals = goalSummaries(a)
    .filter((g) => g.filled)
    .map((g) => {
      const goal = oneLine(g.goal) || firstLine(g.steps) || t(`goals.${g.id}`);
      return date(g.date) ? t('calendar.event.goalBy', { goal, date: date(g.date) }) : goal;
    });
  const who = oneLine(a.checkpoint.who);
  const workshop = date(a.business.workshopDate);
  return {
    checkpoint: {
      title: t('calendar.event.title', { business }),
      description: [
        t('calendar.event.intro'),
        workshop ? t('calendar.event.workshop', { date: workshop }) : '',
        actions ? t('calendar.event.actions', { count: actions }) : '',
        goals.length ? { heading: t('calendar.event.goals'), items: goals } : '',
        who ? t('summary.checkpoint.agreedWho', { name: who }) : '',
        t('calendar.event.open'),
      ],
    },
    reminder: t('calendar.reminder', { count: REMINDER.daysBefore, business }),
    action: (action) => {
      const source = action.sourceId
        ? t(`sources.${action.part}.${action.sourceId}` as 'sources.customer.surveys')
        : '';
      const responsible = oneLine(action.responsible);
      const note = oneLine(action.scheduleNote);
      const checkpoint = date(a.checkpoint.date);
      return {
        // Named by what is to be done; the source it serves is in the description.
        title: t('calendar.action.title', {
          action: firstLine(action.steps) || source || t('summary.actions.other'),
          business,
        }),
        description: [
          [t(`parts.${action.part}`), source].filter(Boolean).join('\n'),
          action.steps,
          note ? t('calendar.action.schedule', { note }) : '',
          responsible ? t('summary.actions.responsible', { name: responsible }) : '',
          checkpoint ? t('calendar.action.checkpoint', { date: checkpoint }) : '',
        ],
      };
    },
    goal: (g) => {
      const responsible = oneLine(g.responsible);
      const note = oneLine(g.scheduleNote);
      const checkpoint = date(a.checkpoint.date);
      return {
        title: t('calendar.goal.title', {
          goal: oneLine(g.goal) || firstLine(g.steps) || t(`goals.${g.id}`),
          business,
        }),
        description: [
          g.steps,
          note ? t('calendar.action.schedule', { note }) : '',
          responsible ? t('summary.actions.responsible', { name: responsible }) : '',
          checkpoint ? t('calendar.action.checkpoint', { date: checkpoint }) : '',
        ],
      };
    },
  };
}

/**
 * Puts the agreed checkpoint (and, if asked, the dates of the planned actions) into the user's
 * calendar as an .ics file: on a phone it opens in the calendar app, on a computer it imports
 * into Google, Outlook or Apple. The calendar, not the app, then reminds the team.
 */
export function CalendarButton({ a, lng }: { a: Assessment; lng?: Language }) {
  const { t, i18n } = useTranslation();
  const advice = useStorageAdvice();
  const id = useId();
  const [withActions, setWithActions] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const dated = isCalendarDate(a.checkpoint.date);
  const actionCount = datedActions(a).length + datedGoals(a).length;

  const make = async () => {
    setState({ kind: 'making' });
    try {
      // The date may have been typed a moment ago: write it before reading the assessment back.
      await flushSaves();
      const fresh = (await getAssessment(a.id)) ?? a;
      const language = lng ?? toLanguage(i18n.language);
      await ensureAllTexts(i18n, language);
      const ft = i18n.getFixedT(language);
      const text = buildCalendar(fresh, calendarTexts(fresh, ft, language), {
        withActions,
        language,
        now: new Date(),
      });
      const fileName = safeFileName(
        [fresh.business.name, ft('calendar.fileLabel'), fresh.checkpoint.date],
        'ics',
      );
      const delivery = await deliverFile(
        new Blob([text], { type: 'text/calendar;charset=utf-8' }),
        fileName,
      );
      setState(
        delivery === 'blocked'
          ? { kind: 'failed', message: t('calendar.blocked') }
          : {
              kind: 'done',
              message:
                delivery === 'opened'
                  ? t('calendar.opened')
                  : t('calendar.made', { file: fileName }),
            },
      );
    } catch (e) {
      console.error(e);
      setState({ kind: 'failed', message: t('calendar.failed', { reason: advice(e) }) });
    }
  };

  return (
    <section class="panel calendar-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('calendar.title')}</h2>
      <p>{t('calendar.intro', { count: REMINDER.daysBefore })}</p>
      {!dated && (
        <p id={`${id}-why`} class="calendar-needs-date">
          {t('calendar.needsDate')}
        </p>
      )}
      {dated && actionCount > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={withActions}
            onChange={(e) => setWithActions(e.currentTarget.checked)}
          />
          {t('calendar.withActions', { count: actionCount })}
        </label>
      )}
      <div>
        <button
          type="button"
          class="button primary"
          disabled={!dated || state.kind === 'making'}
          aria-describedby={dated ? `${id}-how` : `${id}-why`}
          onClick={() => void make()}
        >
          {t('calendar.add')}
        </button>
      </div>
      {dated && (
        <p id={`${id}-how`} class="hint">
          {t('calendar.howTo')}
        </p>
      )}
      <p
        class={state.kind === 'failed' ? 'error-message' : 'hint'}
        role="status"
        aria-live="polite"
      >
        {state.kind === 'making'
          ? t('calendar.making')
          : state.kind === 'idle'
            ? ''
            : state.message}
      </p>
    </section>
  );
}
