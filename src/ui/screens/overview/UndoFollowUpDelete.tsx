import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { reinstateFollowUp } from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import {
  forgetDeletedFollowUp,
  useRecentlyDeletedFollowUp,
} from '../../components/recently-deleted';

/** "The follow-up of … was deleted. Undo" on its assessment's overview, for a few seconds. */
export function UndoFollowUpDelete({ assessmentId }: { readonly assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const advice = useStorageAdvice();
  const deleted = useRecentlyDeletedFollowUp(assessmentId);
  const [error, setError] = useState<string | null>(null);
  if (!deleted) return <ErrorMessage message={error} />;
  const undo = async () => {
    try {
      await reinstateFollowUp(deleted);
      forgetDeletedFollowUp();
    } catch (e) {
      setError(advice(e));
    }
  };
  return (
    <div class="undo-bar" role="status">
      <span>{t('followup.screen.deleted', { date: formatDate(deleted.date, i18n.language) })}</span>
      <button type="button" class="button" onClick={() => void undo()}>
        {t('backup.undo')}
      </button>
    </div>
  );
}
