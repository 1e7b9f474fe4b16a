import { useTranslation } from 'react-i18next';
import { reinstateAssessment, reinstateAssessments } from '../../../storage';
import {
  forgetDeleted,
  forgetDeletedGroup,
  useRecentlyDeleted,
  useRecentlyDeletedGroup,
} from '../../components/recently-deleted';
import { UndoBar } from '../../components/UndoBar';

/** The undo of a deleted assessment, or of a deleted group, on the home screen. */
export function UndoDelete() {
  const { t } = useTranslation();
  const deleted = useRecentlyDeleted();
  const group = useRecentlyDeletedGroup();
  return (
    <>
      <UndoBar
        message={deleted && t('backup.deleted', { name: deleted.assessment.business.name })}
        onUndo={async () => {
          if (!deleted) return;
          await reinstateAssessment(deleted.assessment, deleted.followUps);
          forgetDeleted();
        }}
      />
      <UndoBar
        message={group && t('groups.deleted', { name: group.name, count: group.members.length })}
        onUndo={async () => {
          if (!group) return;
          await reinstateAssessments(group.members);
          forgetDeletedGroup();
        }}
      />
    </>
  );
}
