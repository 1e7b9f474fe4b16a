import { useId } from 'preact/hooks';
import { useOptimistic } from '../../../components/use-optimistic';
import { useTranslation } from 'react-i18next';
import { SCORES, type Score } from '../../../../domain/workshop';
import './score.css';

interface ScoreInputProps {
  /** The full name screen readers hear, e.g. "Quality – Competitor 2 – score". */
  readonly label: string;
  readonly value: Score | null;
  /** The meaning of a score, e.g. "4 – strong". */
  readonly optionLabel: (s: Score) => string;
  readonly onChange: (s: Score | null) => void;
}

const NONE = 'none';

/**
 * Scores 1–5 as large radio buttons, with "–" to clear the score again: a phone user taps one
 * button instead of opening a list. Each button's name carries the meaning of the score.
 */
export function ScorePicker(
  props: ScoreInputProps & { readonly visibleLabel: string; readonly hint?: string },
) {
  const { t } = useTranslation();
  const name = useId();
  const [value, setValue] = useOptimistic(props.value);
  const hintId = `${name}-hint`;
  const options: (Score | null)[] = [...SCORES, null];
  return (
    <fieldset class="score-picker" aria-describedby={props.hint ? hintId : undefined}>
      <legend>
        <span aria-hidden="true">{props.visibleLabel}</span>
        <span class="visually-hidden">{props.label}</span>
      </legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div class="score-options">
        {options.map((s) => (
          <label key={s ?? NONE} class={`score-option${s === null ? ' none' : ''}`}>
            <input
              type="radio"
              name={name}
              value={s ?? NONE}
              checked={value === s}
              onChange={() => {
                setValue(s);
                props.onChange(s);
              }}
            />
            <span aria-hidden="true">{s ?? '–'}</span>
            <span class="visually-hidden">
              {s === null ? t('gridStep.noScore') : props.optionLabel(s)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Scores 1–5 as a compact list, for the table where every cell needs one. Only the number
 * shows, so that a row of them fits beside the competitors; the scale stands above the table
 * and screen readers still hear each meaning.
 */
export function ScoreSelect(props: ScoreInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useOptimistic(props.value);
  return (
    <div class="score-select">
      <label for={id} class="visually-hidden">
        {props.label}
      </label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          const score = (SCORES as readonly number[]).includes(v) ? (v as Score) : null;
          setValue(score);
          props.onChange(score);
        }}
      >
        <option value="" aria-label={t('gridStep.noScore')}>
          –
        </option>
        {SCORES.map((s) => (
          <option key={s} value={String(s)} aria-label={props.optionLabel(s)}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}
