import { useTranslation } from 'react-i18next';
import { GOALS } from '../../../../domain/workshop';
import { allActions, goalSummaries, levelChart } from '../../../../domain/summary';
import { formatDate } from '../../../../i18n/format';
import { CalendarButton } from '../../../components/CalendarButton';
import { PdfExport } from '../../../components/PdfExport';
import type { StepProps } from '../step-props';
import { ActionList } from './ActionList';
import { CheckpointFields } from './CheckpointFields';
import { GoalList } from './GoalList';
import { LevelChart } from './LevelChart';
import './checkpoint.css';

/** The headline numbers: when the team meets again and how much it has agreed to do. */
function Facts({ a, actions, goals }: StepProps & { actions: number; goals: number }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(a.checkpoint.date, i18n.language);
  const who = a.checkpoint.who.trim();
  return (
    <dl class="cp-facts">
      <div class={`cp-fact main${date ? '' : ' cp-missing'}`}>
        <dt>{t('summary.facts.checkpoint')}</dt>
        <dd>
          <span class="cp-fact-value">{date || t('summary.facts.notAgreed')}</span>
          {who && (
            <span class="cp-fact-sub">{t('summary.checkpoint.agreedWho', { name: who })}</span>
          )}
        </dd>
      </div>
      <div class="cp-fact">
        <dt>{t('summary.facts.actions')}</dt>
        <dd>
          <span class="cp-fact-value">{actions}</span>
        </dd>
      </div>
      <div class="cp-fact">
        <dt>{t('summary.facts.goals')}</dt>
        <dd>
          <span class="cp-fact-value">
            {t('summary.facts.goalsValue', { done: goals, total: GOALS.length })}
          </span>
        </dd>
      </div>
    </dl>
  );
}

/** Closing: agree the checkpoint, then see the whole workshop's outcome on one page. */
export function CheckpointStep({ a }: StepProps) {
  const { t } = useTranslation();
  const actions = allActions(a);
  const goals = goalSummaries(a);
  return (
    <>
      <CheckpointFields a={a} />
      <CalendarButton a={a} />
      <section class="cp-summary" aria-labelledby="cp-summary-title">
        <h2 id="cp-summary-title">{t('summary.title')}</h2>
        <p class="lead">{t('summary.intro')}</p>
        <Facts a={a} actions={actions.length} goals={goals.filter((g) => g.filled).length} />
        <LevelChart groups={levelChart(a)} assessmentId={a.id} />
        <ActionList actions={actions} assessmentId={a.id} />
        <GoalList goals={goals} assessmentId={a.id} />
      </section>
      <PdfExport assessmentId={a.id} print />
    </>
  );
}
