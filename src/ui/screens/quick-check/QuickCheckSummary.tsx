import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { quickCheckResult } from '../../../domain/quick-check-answers';
import { formatDay } from '../../../i18n/format';
import { createQuickCheck, useQuickChecksOf } from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { AnswerPicture } from './AnswerPicture';
import { FocusAreas } from './FocusAreas';
import './quick-check.css';

/**
 * For the facilitator, on the start step and the overview: the quick check the workshop was
 * started from, with its areas to develop first linked to their steps and a picture of the
 * answers; a later quick check of the same workshop is linked, and on the overview one can be
 * started. Nothing when the workshop was not started from a quick check.
 */
export function QuickCheckSummary({
  assessmentId,
  again = false,
}: {
  assessmentId: string;
  again?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { route } = useLocation();
  const advice = useStorageAdvice();
  const checks = useQuickChecksOf(assessmentId);
  const [error, setError] = useState<string | null>(null);
  const first = checks?.[checks.length - 1];
  if (!first) return null;
  const latest = checks.length > 1 ? checks[0] : null;
  const result = quickCheckResult(first.answers);
  const date = formatDay(first.updatedAt, i18n.language);
  const start = async () => {
    try {
      const q = await createQuickCheck(assessmentId);
      route(`/quick-check/${q.id}`);
    } catch (e) {
      setError(t('quickCheck.startFailed', { reason: advice(e) }));
    }
  };
  return (
    <section class="panel qc-summary" aria-labelledby="qc-summary-title">
      <h2 id="qc-summary-title">{t('quickCheck.summaryTitle')}</h2>
      {result.focus.length > 0 ? (
        <>
          <p>{t('quickCheck.summaryDone', { date })}</p>
          <FocusAreas focus={result.focus} assessmentId={assessmentId} />
        </>
      ) : (
        <p>{t('quickCheck.summaryNone', { date })}</p>
      )}
      <details class="qc-summary-picture">
        <summary>{t('quickCheck.pictureTitle')}</summary>
        <AnswerPicture answers={first.answers} showTitle={false} />
      </details>
      <p>
        <a href={`/quick-check/${first.id}/result`}>{t('quickCheck.summaryOpen')}</a>
      </p>
      {latest && (
        <p>
          <a
            href={`/quick-check/${latest.id}${quickCheckResult(latest.answers).complete ? '/result' : ''}`}
          >
            {t('quickCheck.summaryLater', { date: formatDay(latest.createdAt, i18n.language) })}
          </a>
        </p>
      )}
      {again && (
        <button type="button" class="button wide" onClick={() => void start()}>
          {t('quickCheck.summaryAgain')}
        </button>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
