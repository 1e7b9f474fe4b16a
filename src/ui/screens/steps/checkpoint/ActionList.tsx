import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../domain/summary';
import { formatDate } from '../../../../i18n/format';
import { EmptyState } from './EmptyState';
import './summary-lists.css';

function ActionItem({ action }: { action: Action }) {
  const { t, i18n } = useTranslation();
  const source = action.sourceId
    ? t(`sources.${action.part}.${action.sourceId}` as 'sources.customer.surveys')
    : t('summary.actions.other');
  const date = formatDate(action.date, i18n.language);
  const steps = action.steps.trim();
  const who = action.responsible.trim();
  return (
    <li class="cp-action">
      <p class={`cp-when${date ? '' : ' undated'}`}>
        {date || t('summary.actions.noDate')}
        {action.scheduleNote.trim() && <span class="cp-note">{action.scheduleNote}</span>}
      </p>
      <div class="cp-what">
        <p class="cp-source">
          <span class={`cp-tag ${action.part}`}>{t(`summary.actions.part.${action.part}`)}</span>{' '}
          <strong>{source}</strong>
        </p>
        <p class={steps ? 'cp-steps' : 'cp-steps cp-missing'}>
          {steps || t('summary.actions.noSteps')}
        </p>
        <p class={who ? 'cp-who' : 'cp-who cp-missing'}>
          {who
            ? t('summary.actions.responsible', { name: who })
            : t('summary.actions.noResponsible')}
        </p>
      </div>
    </li>
  );
}

/** Every planned action of both parts on one timeline, so the team sees what comes next. */
export function ActionList({ actions, assessmentId }: { actions: Action[]; assessmentId: string }) {
  const { t } = useTranslation();
  return (
    <section class="cp-actions" aria-labelledby="cp-actions-title">
      <h3 id="cp-actions-title">{t('summary.actions.title')}</h3>
      {actions.length === 0 ? (
        <EmptyState
          assessmentId={assessmentId}
          text={t('summary.actions.empty')}
          steps={['customerPlan', 'competitorPlan']}
        />
      ) : (
        <>
          <p class="hint">{t('summary.actions.intro')}</p>
          <ol class="cp-action-list">
            {actions.map((action) => (
              <ActionItem key={`${action.part}-${action.id}`} action={action} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
