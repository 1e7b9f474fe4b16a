import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../domain/workshop';
import { checkpointState } from '../../../domain/checkpoint';
import { followUpProgress, type FollowUp } from '../../../domain/follow-up';
import { formatDate, todayIso } from '../../../i18n/format';
import { createFollowUp, useFollowUps } from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { CheckpointBadge } from '../home/CheckpointBadge';
import './follow-up-section.css';

/** A follow-up is still open while one of its actions or goals has no status yet. */
function isOpen(f: FollowUp): boolean {
  const goals = Object.values(f.goals).filter((g) => g.title.trim() !== '');
  return [...Object.values(f.actions), ...goals].some((x) => x.status === null);
}

/**
 * On the overview: the open follow-up to continue, or a new one to start (said prominently once
 * the checkpoint is near or past), and the earlier follow-ups with what each showed, newest first.
 */
export function FollowUpSection({ a, today = todayIso() }: { a: Assessment; today?: string }) {
  const { t, i18n } = useTranslation();
  const { route } = useLocation();
  const advice = useStorageAdvice();
  const followUps = useFollowUps(a.id);
  const [error, setError] = useState<string | null>(null);
  const due = ['near', 'today', 'passed'].includes(checkpointState(a.checkpoint.date, today).kind);
  // The newest follow-up, while it is not finished, is what the user came back for.
  const open = followUps?.[0] && isOpen(followUps[0]) ? followUps[0] : null;
  const start = async () => {
    try {
      const f = await createFollowUp(a.id);
      route(`/a/${a.id}/follow-up/${f.id}`);
    } catch (e) {
      setError(t('followup.section.startFailed', { reason: advice(e) }));
    }
  };
  return (
    <section
      aria-labelledby="follow-up-title"
      class={`panel follow-up-section${due ? ' is-due' : ''}`}
    >
      <h2 id="follow-up-title">{t('followup.section.title')}</h2>
      {due && (
        <p class="follow-up-due">
          <CheckpointBadge date={a.checkpoint.date} today={today} /> {t('followup.section.due')}
        </p>
      )}
      {open && (
        <a class="button primary wide" href={`/a/${a.id}/follow-up/${open.id}`}>
          {t('followup.section.continue', { date: formatDate(open.date, i18n.language) })}
        </a>
      )}
      <button
        type="button"
        class={`button wide${due && !open ? ' primary' : ''}`}
        onClick={() => void start()}
      >
        {open ? t('followup.section.startNew') : t('followup.section.start')}
      </button>
      <ErrorMessage message={error} />
      {followUps && followUps.length > 0 && (
        <>
          <h3>{t('followup.section.history')}</h3>
          <ul class="follow-up-history">
            {followUps.map((f) => {
              const p = followUpProgress(f);
              return (
                <li key={f.id}>
                  <a href={`/a/${a.id}/follow-up/${f.id}`}>
                    {t('followup.screen.title', { date: formatDate(f.date, i18n.language) })}
                  </a>
                  <p class="hint">
                    {t('followup.section.line', {
                      done: p.actions.done,
                      total: p.actions.total,
                      reached: p.goals.reached,
                      goals: p.goals.total,
                      rose: p.levels.rose,
                    })}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
