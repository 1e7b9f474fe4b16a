import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { ordered, type Assessment } from '../../../domain/workshop';
import { deleteAssessment, useAssessment } from '../../../storage';
import { formatDate } from '../../../i18n/format';
import { PdfExport } from '../../components/PdfExport';
import { rememberDeleted } from '../../components/recently-deleted';
import { UndoFollowUpDelete } from './UndoFollowUpDelete';
import { SaveBackup } from '../backup/SaveBackup';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { usePageTitle } from '../../components/use-page-title';
import { StepList } from './StepList';
import { FollowUpSection } from './FollowUpSection';
import { QuickCheckSummary } from '../quick-check/QuickCheckSummary';
import { AssessmentNotFound, Loading } from '../../components/Missing';

function Details({ a }: { a: Assessment }) {
  const { t, i18n } = useTranslation();
  const people = ordered(a.participants)
    .map((p) => (p.role ? `${p.name} (${p.role})` : p.name))
    .join(', ');
  const rows: [string, string][] = [
    [t('overview.perspective'), t(`perspective.${a.business.perspective}.label`)],
    [t('overview.workshopDate'), formatDate(a.business.workshopDate, i18n.language)],
    [t('overview.facilitator'), a.business.facilitator],
    [t('overview.participants'), people],
  ];
  return (
    <section aria-labelledby="details-title" class="panel">
      <h2 id="details-title">{t('overview.details')}</h2>
      <dl class="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || t('overview.notSet')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** One assessment: its details, the workshop's steps with how far each is filled, and delete. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const { params } = useRoute();
  const { route } = useLocation();
  const advice = useStorageAdvice();
  const assessment = useAssessment(params.id ?? '');
  const [error, setError] = useState<string | null>(null);
  usePageTitle(assessment?.business.name ?? '');

  if (assessment === undefined) return <Loading />;
  if (assessment === null) return <AssessmentNotFound />;

  // Deleting needs no second question: the home screen offers an undo for a few seconds.
  const remove = async () => {
    try {
      const removed = await deleteAssessment(assessment.id);
      if (removed) rememberDeleted(removed);
      route('/');
    } catch (e) {
      setError(t('overview.deleteFailed', { reason: advice(e) }));
    }
  };

  return (
    <div class="screen">
      <a class="back-link" href="/">
        {t('overview.backHome')}
      </a>
      <UndoFollowUpDelete assessmentId={assessment.id} />
      <h1>{assessment.business.name}</h1>
      {assessment.business.field && <p class="lead">{assessment.business.field}</p>}
      <a class="button primary wide" href={`/a/${assessment.id}/${assessment.lastStep}`}>
        {t('overview.continue', { step: t(`steps.${assessment.lastStep}`) })}
      </a>
      <p class="step-present">
        <a href={`/a/${assessment.id}/present/${assessment.lastStep}`}>{t('present.link')}</a>
      </p>
      <Details a={assessment} />
      <QuickCheckSummary assessmentId={assessment.id} again />
      <StepList a={assessment} />
      <FollowUpSection a={assessment} />
      <PdfExport assessmentId={assessment.id} />
      <ErrorMessage message={error} />
      <SaveBackup
        ids={[assessment.id]}
        label={t('backup.saveOne')}
        name={assessment.business.name}
      />
      <button type="button" class="button danger-outline" onClick={() => void remove()}>
        {t('overview.delete')}
      </button>
    </div>
  );
}
