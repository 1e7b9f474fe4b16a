import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { GOALS } from '../../../domain/workshop';
import { followUpField } from '../../../domain/changes';
import {
  actionCommentField,
  actionStatusField,
  goalCommentField,
  goalStatusField,
  type FollowUp,
} from '../../../domain/follow-up';
import { formatDate } from '../../../i18n/format';
import { deleteFollowUp, useFollowUp } from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { rememberDeletedFollowUp } from '../../components/recently-deleted';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/use-page-title';
import { FollowUpPdf } from './FollowUpPdf';
import { ItemCard } from './ItemCard';
import { LevelRatings } from './LevelRatings';
import { ProgressView } from './ProgressView';

function Items({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const actions = Object.entries(f.actions).sort(([, a], [, b]) => a.position - b.position);
  const goals = GOALS.filter((g) => f.goals[g].title.trim() !== '');
  return (
    <>
      <section class="panel" aria-labelledby="fu-actions-title">
        <h2 id="fu-actions-title">{t('followup.items.actions')}</h2>
        {actions.length === 0 && <p class="hint">{t('followup.items.noActions')}</p>}
        <ul class="fu-items">
          {actions.map(([id, x]) => {
            const source = x.sourceId
              ? t(`sources.${x.part}.${x.sourceId}` as 'sources.customer.surveys')
              : t('followup.items.otherSource');
            return (
              <ItemCard
                key={id}
                status={actionStatusField(f.id, id)}
                comment={actionCommentField(f.id, id)}
                item={x}
                title={x.title || source}
                source={source}
              />
            );
          })}
        </ul>
      </section>
      {goals.length > 0 && (
        <section class="panel" aria-labelledby="fu-goals-title">
          <h2 id="fu-goals-title">{t('followup.items.goals')}</h2>
          <ul class="fu-items">
            {goals.map((g) => (
              <ItemCard
                key={g}
                status={goalStatusField(f.id, g)}
                comment={goalCommentField(f.id, g)}
                item={f.goals[g]}
                title={f.goals[g].title}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function NextCheckpoint({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  return (
    <section class="panel" aria-labelledby="fu-next-title">
      <h2 id="fu-next-title">{t('followup.next.title')}</h2>
      <TextField
        field={followUpField(f.id, 'nextCheckpoint', 'date')}
        value={f.nextCheckpoint.date}
        type="date"
        label={t('followup.next.date')}
      />
      <TextField
        field={followUpField(f.id, 'nextCheckpoint', 'who')}
        value={f.nextCheckpoint.who}
        label={t('followup.next.who')}
      />
      <TextField
        field={followUpField(f.id, 'notes')}
        value={f.notes}
        label={t('followup.next.notes')}
        multiline
      />
    </section>
  );
}

/**
 * A follow-up meeting: what moved since the workshop at the top, then each action and goal,
 * each source rated again, and the next checkpoint. Everything saves as it is changed.
 */
export function FollowUpScreen() {
  const { t, i18n } = useTranslation();
  const { params } = useRoute();
  const f = useFollowUp(params.followUpId ?? '');
  const { route } = useLocation();
  const advice = useStorageAdvice();
  const [error, setError] = useState<string | null>(null);
  const title = f ? t('followup.screen.title', { date: formatDate(f.date, i18n.language) }) : '';
  usePageTitle(title);
  const back = (
    <a class="back-link" href={`/a/${params.id ?? ''}`}>
      {t('followup.screen.back')}
    </a>
  );
  if (f === undefined) return <p aria-busy="true">{t('app.loading')}</p>;
  if (f === null || f.assessmentId !== params.id) {
    return (
      <div class="screen">
        {back}
        <p role="alert">{t('followup.screen.notFound')}</p>
      </div>
    );
  }
  return (
    <div class="screen follow-up">
      {back}
      <h1>{title}</h1>
      <ProgressView f={f} />
      <Items f={f} />
      <LevelRatings f={f} />
      <NextCheckpoint f={f} />
      <FollowUpPdf assessmentId={f.assessmentId} followUpId={f.id} />
      <ErrorMessage message={error} />
      {/* No second question: the overview offers an undo for a few seconds. */}
      <button
        type="button"
        class="button danger-outline"
        onClick={() =>
          void deleteFollowUp(f.id)
            .then((removed) => {
              if (removed) rememberDeletedFollowUp(removed);
              route(`/a/${f.assessmentId}`);
            })
            .catch((e: unknown) =>
              setError(t('followup.screen.deleteFailed', { reason: advice(e) })),
            )
        }
      >
        {t('followup.screen.delete')}
      </button>
    </div>
  );
}
