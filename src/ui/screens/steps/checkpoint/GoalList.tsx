import { useTranslation } from 'react-i18next';
import type { GoalSummary } from '../../../../domain/summary';
import { formatDate } from '../../../../i18n/format';
import { DetailList } from '../../../components/DetailList';
import { EmptyState } from './EmptyState';
import './summary-lists.css';

function GoalItem({ goal }: { goal: GoalSummary }) {
  const { t, i18n } = useTranslation();
  const schedule = [formatDate(goal.date, i18n.language), goal.scheduleNote.trim()]
    .filter(Boolean)
    .join(' · ');
  const details: [string, string][] = [
    [t('summary.goals.steps'), goal.steps.trim()],
    [t('summary.goals.schedule'), schedule],
    [t('summary.goals.responsible'), goal.responsible.trim()],
  ];
  return (
    <li class="cp-goal">
      <h4>{t(`goals.${goal.id}`)}</h4>
      {goal.filled ? (
        <>
          <p class="cp-goal-text">{goal.goal.trim() || t('summary.goals.notWritten')}</p>
          <DetailList rows={details} class="cp-goal-details" />
        </>
      ) : (
        <p class="cp-goal-text cp-missing">{t('summary.goals.notWritten')}</p>
      )}
    </li>
  );
}

/** The three goals formed after the competitor analysis, with their steps, timing and owner. */
export function GoalList({ goals, assessmentId }: { goals: GoalSummary[]; assessmentId: string }) {
  const { t } = useTranslation();
  return (
    <section class="cp-goals" aria-labelledby="cp-goals-title">
      <h3 id="cp-goals-title">{t('summary.goals.title')}</h3>
      {goals.some((g) => g.filled) ? (
        <ol class="cp-goal-list">
          {goals.map((g) => (
            <GoalItem key={g.id} goal={g} />
          ))}
        </ol>
      ) : (
        <EmptyState assessmentId={assessmentId} text={t('summary.goals.empty')} steps={['goals']} />
      )}
    </section>
  );
}
