import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/workshop';
import type { FieldRef } from '../../domain/changes';
import { autosave } from '../../storage';
import { useTextLimit } from './LimitCounter';

interface TextFieldProps {
  /** Which field of which record the text is stored in. */
  readonly field: FieldRef<string>;
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
}

/** Browsers without `field-sizing` (Firefox, older Safari) grow a text area by its scroll height. */
const sizesItself =
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function'
    ? CSS.supports('field-sizing', 'content')
    : true;

/**
 * A text input that saves itself: 300 ms after typing stops, and at once on blur. It keeps its
 * own draft while focused so the caret never jumps, and follows the stored value otherwise
 * (another tab's edit, an import). Text that could not be saved yet stays on screen, also when
 * the field is shown again later, until the save queue has written it.
 */
export function TextField(props: TextFieldProps) {
  const { field, value } = props;
  const id = useId();
  const [draft, setDraft] = useState(() => autosave.draftOf(field) ?? value);
  const editing = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const max = props.maxLength ?? (props.multiline ? LIMITS.longText : LIMITS.shortText);
  const limit = useTextLimit(id, draft.length, max);

  useLayoutEffect(() => {
    const el = box.current;
    if (sizesItself || !el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [draft]);

  useEffect(() => {
    // Follow the database unless the user is typing here or typed text is still unsaved: that
    // text is what the save queue will write, so showing the older stored value would mislead.
    if (!editing.current) setDraft(autosave.draftOf(field) ?? value);
    // The reference is a new object on every render; the field it names stays the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    editing.current = true;
    limit.onLength(next.length);
    setDraft(next);
    autosave.type(field, next);
  };
  const onBlur = () => {
    editing.current = false;
    void autosave.flush(field);
  };
  const hintId = props.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, limit.describedBy].filter(Boolean).join(' ');
  const common = {
    id,
    value: draft,
    onInput,
    onBlur,
    onPaste: limit.onPaste,
    maxLength: max,
    'aria-describedby': describedBy || undefined,
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
        <textarea {...common} ref={box} rows={3} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          list={props.list}
          autoComplete={props.autoComplete ?? 'off'}
        />
      )}
      {limit.counter}
    </div>
  );
}
