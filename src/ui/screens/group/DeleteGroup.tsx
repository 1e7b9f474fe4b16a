import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { deleteGroup } from '../../../storage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { rememberDeletedGroup } from '../../components/recently-deleted';
import { SaveBackup } from '../backup/SaveBackup';

/**
 * The end of a season: a backup of the whole group, and deleting the group with its businesses
 * after a clear question; the home screen then offers an undo for a few seconds.
 */
export function DeleteGroup({ name, ids }: { name: string; ids: readonly string[] }) {
  const { t } = useTranslation();
  const { route } = useLocation();
  const advice = useStorageAdvice();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setAsking(false);
    try {
      const members = await deleteGroup(name);
      rememberDeletedGroup({ name, members });
      route('/');
    } catch (e) {
      setError(t('group.deleteFailed', { reason: advice(e) }));
    }
  };

  return (
    <section class="panel group-delete" aria-labelledby="group-delete-title">
      <h2 id="group-delete-title">{t('group.deleteTitle')}</h2>
      <p>{t('group.deleteHint')}</p>
      <SaveBackup ids={ids} label={t('group.saveBackup')} name={name} />
      <button type="button" class="button danger-outline" onClick={() => setAsking(true)}>
        {t('group.deleteButton')}
      </button>
      <ErrorMessage message={error} />
      <ConfirmDialog
        open={asking}
        danger
        title={t('group.deleteConfirmTitle', { name })}
        body={t('group.deleteConfirmBody', { count: ids.length })}
        confirmLabel={t('group.deleteConfirm')}
        cancelLabel={t('backup.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
