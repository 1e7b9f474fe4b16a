import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { reinstateFollowUp } from '../../../storage';
import {
  forgetDeletedFollowUp,
  useRecentlyDeletedFollowUp,
} from '../../components/recently-deleted';
import { UndoBar } from '../../components/UndoBar';

/** The undo of a deleted follow-up, on its assessment's overview. */
export function UndoFollowUpDelete({ assessmentId }: { readonly assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const deleted = useRecentlyDeletedFollowUp(assessmentId);
  return (
    <UndoBar
      message={
        deleted && t('followup.screen.deleted', { date: formatDate(deleted.date, i18n.language) })
      }
      onUndo={async () => {
        if (!deleted) return;
        await reinstateFollowUp(deleted);
        forgetDeletedFollowUp();
      }}
    />
  );
}
