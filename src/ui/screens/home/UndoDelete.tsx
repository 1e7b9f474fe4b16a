import { useTranslation } from 'react-i18next';
import { reinstateAssessment } from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { forgetDeleted, useRecentlyDeleted } from '../../components/recently-deleted';
import { useState } from 'preact/hooks';

/** "X was deleted. Undo" for a few seconds after a deletion. */
export function UndoDelete() {
  const { t } = useTranslation();
  const advice = useStorageAdvice();
  const deleted = useRecentlyDeleted();
  const [error, setError] = useState<string | null>(null);
  if (!deleted) return <ErrorMessage message={error} />;
  const undo = async () => {
    try {
      await reinstateAssessment(deleted.assessment, deleted.followUps);
      forgetDeleted();
    } catch (e) {
      setError(advice(e));
    }
  };
  return (
    <div class="undo-bar" role="status">
      <span>{t('backup.deleted', { name: deleted.assessment.business.name })}</span>
      <button type="button" class="button" onClick={() => void undo()}>
        {t('backup.undo')}
      </button>
    </div>
  );
}
