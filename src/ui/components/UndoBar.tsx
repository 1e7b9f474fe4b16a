import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, useStorageAdvice } from './ErrorMessage';

interface UndoBarProps {
  /** What was deleted, said in full; null when there is nothing to bring back. */
  readonly message: string | null;
  /** Brings it back; a failure is shown with advice on what to do. */
  readonly onUndo: () => Promise<void>;
}

/** "X was deleted. Undo" for a few seconds after a deletion. */
export function UndoBar({ message, onUndo }: UndoBarProps) {
  const { t } = useTranslation();
  const advice = useStorageAdvice();
  const [error, setError] = useState<string | null>(null);
  if (message === null) return <ErrorMessage message={error} />;
  const undo = () => onUndo().catch((e: unknown) => setError(advice(e)));
  return (
    <div class="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" class="button" onClick={() => void undo()}>
        {t('backup.undo')}
      </button>
    </div>
  );
}
