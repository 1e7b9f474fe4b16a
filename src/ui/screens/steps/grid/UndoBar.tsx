import { useEffect, useRef } from 'preact/hooks';
import { useTranslation } from 'react-i18next';

interface UndoBarProps {
  /** What was just removed (a new object for each removal); null when there is nothing to undo. */
  readonly removed: { readonly name: string } | null;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

/**
 * Offers to put back what was just removed. The button that removed it is gone, so focus
 * moves to Undo: a keyboard user can take the removal back at once.
 */
export function UndoBar({ removed, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useTranslation();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removed !== null) undo.current?.focus();
  }, [removed]);
  return (
    <div class="grid-undo">
      <div class={removed === null ? undefined : 'grid-undo-bar'}>
        {/* The status stays in the page so that screen readers announce each new message. */}
        <span role="status">
          {removed === null ? '' : t('gridStep.removed', { name: removed.name })}
        </span>
        {removed !== null && (
          <>
            <button ref={undo} type="button" class="button" onClick={onUndo}>
              {t('gridStep.undo')}
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label={t('gridStep.dismiss')}
              onClick={onDismiss}
            >
              <span aria-hidden="true">×</span>
            </button>
          </>
        )}
      </div>
    </div>
  );
}
