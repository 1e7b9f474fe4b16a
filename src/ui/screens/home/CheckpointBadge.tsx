import { useTranslation } from 'react-i18next';
import { checkpointState } from '../../../domain/checkpoint';
import { formatDate, todayIso } from '../../../i18n/format';
import '../../components/calendar.css';

/**
 * On a home-screen card: the checkpoint when it is two weeks away or less, and, once it has
 * passed, that it is time for the follow-up. Said in words, so it does not rely on colour.
 */
export function CheckpointBadge({ date, today = todayIso() }: { date: string; today?: string }) {
  const { t, i18n } = useTranslation();
  const state = checkpointState(date, today);
  switch (state.kind) {
    case 'near':
      return (
        <span class="checkpoint-badge is-near">
          {t('calendar.badge.near', { count: state.days })}
        </span>
      );
    case 'today':
      return <span class="checkpoint-badge is-due">{t('calendar.badge.today')}</span>;
    case 'passed':
      return (
        <span class="checkpoint-badge is-due">
          {t('calendar.badge.passed', { date: formatDate(date, i18n.language) })}
        </span>
      );
    default:
      return null;
  }
}
