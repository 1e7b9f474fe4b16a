import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';

/** How close to its limit a text gets before the field shows what is left: a tenth, at least 10. */
const nearLimit = (max: number) => Math.max(10, Math.round(max / 10));

/**
 * A text's room next to its limit: whether the field should show a counter, and a paste handler
 * that notices when the browser cut a paste to the limit (it does so without a word).
 */
export function useTextLimit(id: string, length: number, max: number) {
  const [cut, setCut] = useState(false);
  const counterId = `${id}-limit`;
  const shown = cut || max - length <= nearLimit(max);
  const onPaste = (e: ClipboardEvent) => {
    const el = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const pasted = e.clipboardData?.getData('text') ?? '';
    const kept = el.value.length - ((el.selectionEnd ?? 0) - (el.selectionStart ?? 0));
    setCut(kept + pasted.length > max);
  };
  /** Called on every input: a text shorter than the limit is no longer a cut paste. */
  const onLength = (next: number) => {
    if (next < max) setCut(false);
  };
  return {
    onPaste,
    onLength,
    describedBy: shown ? counterId : undefined,
    counter: <LimitCounter id={counterId} length={length} max={max} cut={cut} />,
  };
}

/**
 * What is left of a text's room, shown near the limit. The exact count is for the eye; screen
 * readers hear it politely only when the text comes near the limit, reaches it, or was cut.
 */
function LimitCounter({
  id,
  length,
  max,
  cut,
}: {
  id: string;
  length: number;
  max: number;
  cut: boolean;
}) {
  const { t } = useTranslation();
  const left = Math.max(0, max - length);
  const near = left <= nearLimit(max);
  const shown = cut
    ? t('textLimit.cut', { max })
    : left === 0
      ? t('textLimit.full', { max })
      : t('textLimit.charsLeft', { count: left });
  const announced =
    cut || left === 0 ? shown : near ? t('textLimit.charsLeft', { count: nearLimit(max) }) : '';
  return (
    <>
      {(near || cut) && (
        <span class={`limit-counter${left === 0 ? ' full' : ''}`} id={id} aria-hidden="true">
          {shown}
        </span>
      )}
      <span class="visually-hidden" aria-live="polite">
        {announced}
      </span>
    </>
  );
}
