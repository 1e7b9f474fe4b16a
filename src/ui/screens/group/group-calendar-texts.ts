import type { TFunction } from 'i18next';
import { REMINDER } from '../../../domain/calendar';
import type { GroupCalendarTexts } from '../../../domain/group-calendar';
import type { GroupReportRow } from '../../../domain/group-report';

const label = (r: GroupReportRow, t: TFunction) =>
  r.name || t('groupReports.code', { code: r.code });

/**
 * The group calendar's words in the language of `t`. An anonymous row has no name and no
 * person: its event says what a checkpoint is and which group it belongs to, nothing more.
 */
export function groupCalendarTexts(group: string, t: TFunction): GroupCalendarTexts {
  return {
    checkpoint: (r) => ({
      title: t('calendar.event.title', { business: label(r, t) }),
      description: [
        t('calendar.event.intro'),
        t('groupReports.calendar.group', { group }),
        r.checkpointWho ? t('summary.checkpoint.agreedWho', { name: r.checkpointWho }) : '',
      ],
    }),
    reminder: (r) => t('calendar.reminder', { count: REMINDER.daysBefore, business: label(r, t) }),
  };
}
