import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/workshop';
import { setAt } from '../../domain/changes';
import { flushSave } from '../../storage';
import { fieldKey, saveText, unsavedText, type Write } from './autosave';

interface TextFieldProps {
  readonly assessmentId: string;
  /** Where the text is stored in the assessment. */
  readonly path: readonly string[];
  /** The stored value. */
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date';
  readonly maxLength?: number;
  readonly list?: string;
  readonly autoComplete?: string;
  /** Hide the label visually (the screen shows it in another way); screen readers still read it. */
  readonly hiddenLabel?: boolean;
  readonly placeholder?: string;
  /** Where to write instead of the assessment (then assessmentId is that record's id). */
  readonly write?: Write;
}

/**
 * A text input that saves itself: 300 ms after typing stops, and at once on blur. It keeps its
 * own draft while focused so the caret never jumps, and follows the stored value otherwise
 * (another tab's edit, an import). Text that could not be saved yet stays on screen, also when
 * the field is shown again later, until the save queue has written it.
 */
export function TextField(props: TextFieldProps) {
  const { assessmentId, path, value } = props;
  const id = useId();
  const [draft, setDraft] = useState(() => unsavedText(assessmentId, path) ?? value);
  const editing = useRef(false);

  useEffect(() => {
    // Follow the database unless the user is typing here or typed text is still unsaved: that
    // text is what the save queue will write, so showing the older stored value would mislead.
    if (!editing.current) setDraft(unsavedText(assessmentId, path) ?? value);
    // The path is a new array on every render; the field it names stays the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    editing.current = true;
    setDraft(next);
    saveText(assessmentId, setAt(path, next), props.write);
  };
  const onBlur = () => {
    editing.current = false;
    void flushSave(fieldKey(assessmentId, path));
  };
  const hintId = props.hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: draft,
    onInput,
    onBlur,
    maxLength: props.maxLength ?? (props.multiline ? LIMITS.longText : LIMITS.shortText),
    'aria-describedby': hintId,
    placeholder: props.placeholder,
  };
  return (
    <div class="field">
      <label for={id} class={props.hiddenLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.hint && (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          list={props.list}
          autoComplete={props.autoComplete ?? 'off'}
        />
      )}
    </div>
  );
}
