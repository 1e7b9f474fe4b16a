import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
  /** Renders the control with the ids it must carry. */
  readonly children: (ids: { id: string; describedBy: string | undefined }) => ComponentChildren;
}

/** A label, an optional hint and error, and the control they describe. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({ id, describedBy })}
      {error && (
        <span class="error-message" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
