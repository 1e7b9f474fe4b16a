import { useId, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import { useTranslation } from 'react-i18next';
import type { GroupInput } from '../../../domain/group';
import { buildGroupCalendar } from '../../../domain/group-calendar';
import { groupReport } from '../../../domain/group-report';
import { ensureAllTexts, toLanguage, type Language } from '../../../i18n';
import { intlLocale, todayIso } from '../../../i18n/format';
import { safeFileName } from '../../../domain/file-name';
import { LanguagePicker } from '../../components/LanguagePicker';
import { ExportStatus, useFileExport } from '../../components/use-file-export';
import { groupCalendarTexts } from './group-calendar-texts';
import './group-reports.css';

type Kind = 'pdf' | 'csv' | 'ics';

/**
 * The group's reports: a PDF, a spreadsheet and one calendar file with every next checkpoint,
 * in a language of the user's choice, with or without the businesses' names. The file code
 * loads only when a file is asked for.
 */
export const GroupReports = memo(function GroupReports({
  members,
  group,
  dated,
}: {
  members: readonly GroupInput[];
  group: string;
  /** Whether some business has a checkpoint date, so that the calendar file has an event. */
  dated: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // The UI's language until the user picks another for the files.
  const [chosen, setLng] = useState<Language | null>(null);
  const lng = chosen ?? toLanguage(i18n.language);
  const [anonymous, setAnonymous] = useState(false);
  const file = useFileExport({
    making: t('groupReports.making'),
    made: (name) => t('groupReports.made', { file: name }),
    opened: t('groupReports.opened'),
    blocked: t('pdf.popupBlocked'),
    failed: (reason) => t('groupReports.failed', { reason }),
  });

  const make = (kind: Kind) =>
    file.run(async () => {
      await ensureAllTexts(i18n, lng);
      const ft = i18n.getFixedT(lng);
      const today = todayIso();
      const options = { anonymous };
      if (kind === 'pdf') {
        const { makeGroupPdf } = await import('../../../pdf');
        return makeGroupPdf(members, group, ft, lng, today, options);
      }
      if (kind === 'csv') {
        const { makeGroupCsv } = await import('../../../sheet/group-csv');
        return makeGroupCsv(members, group, ft, lng, today, options);
      }
      const report = groupReport(members, { anonymous, locale: intlLocale(lng) });
      const text = buildGroupCalendar(members, report, groupCalendarTexts(group, ft), {
        language: lng,
        now: new Date(),
      });
      return {
        blob: new Blob([text], { type: 'text/calendar;charset=utf-8' }),
        fileName: safeFileName([group, ft('groupReports.calendarFileLabel'), today], 'ics'),
      };
    });

  return (
    <section class="panel group-reports" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groupReports.title')}</h2>
      <p>{t('groupReports.intro')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={anonymous}
          aria-describedby={`${id}-anonymous`}
          onChange={(e) => setAnonymous(e.currentTarget.checked)}
        />
        {t('groupReports.anonymous')}
      </label>
      <p id={`${id}-anonymous`} class="hint group-reports-hint">
        {t('groupReports.anonymousHint')}
      </p>
      <div class="group-reports-controls">
        <LanguagePicker label={t('groupReports.language')} value={lng} onChange={setLng} />
        <div class="group-reports-buttons">
          <button
            type="button"
            class="button primary"
            disabled={file.making}
            onClick={() => void make('pdf')}
          >
            {t('groupReports.pdf')}
          </button>
          <button
            type="button"
            class="button"
            disabled={file.making}
            onClick={() => void make('csv')}
          >
            {t('groupReports.csv')}
          </button>
          <button
            type="button"
            class="button"
            disabled={file.making || !dated}
            aria-describedby={dated ? undefined : `${id}-no-dates`}
            onClick={() => void make('ics')}
          >
            {t('groupReports.ics')}
          </button>
        </div>
      </div>
      {!dated && (
        <p id={`${id}-no-dates`} class="hint">
          {t('groupReports.noCheckpoints')}
        </p>
      )}
      <ExportStatus file={file} />
    </section>
  );
});
