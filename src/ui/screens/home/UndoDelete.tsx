import { useTranslation } from 'react-i18next';
import { reinstateAssessment } from '../../../storage';
import { forgetDeleted, useRecentlyDeleted } from '../../components/recently-deleted';
import { UndoBar } from '../../components/UndoBar';

/** The undo of a deleted assessment, on the home screen. */
export function UndoDelete() {
  const { t } = useTranslation();
  const deleted = useRecentlyDeleted();
  return (
    <UndoBar
      message={deleted && t('backup.deleted', { name: deleted.assessment.business.name })}
      onUndo={async () => {
        if (!deleted) return;
        await reinstateAssessment(deleted.assessment, deleted.followUps);
        forgetDeleted();
      }}
    />
  );
}
