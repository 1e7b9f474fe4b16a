import { useEffect, useRef } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { OnConflict } from '../../../storage/restore-backup';

/** Asks what to do with imported assessments that are already on the device. */
export function ConflictDialog({
  names,
  onChoose,
}: {
  names: readonly string[];
  onChoose: (choice: OnConflict | null) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-body"
      onCancel={(e) => {
        e.preventDefault();
        onChoose(null);
      }}
    >
      <h2 id="conflict-title">{t('backup.conflictTitle')}</h2>
      <p id="conflict-body">
        {t('backup.conflictBody', { count: names.length, names: names.join(', ') })}
      </p>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => onChoose('keepBoth')} autoFocus>
          {t('backup.keepBoth')}
        </button>
        <button type="button" class="button" onClick={() => onChoose('replace')}>
          {t('backup.replace')}
        </button>
        <button type="button" class="button" onClick={() => onChoose(null)}>
          {t('backup.cancel')}
        </button>
      </div>
    </dialog>
  );
}
