import { useId } from 'preact/hooks';
import { useOptimistic } from './use-optimistic';

export interface ChoiceOption<T extends string | number> {
  readonly value: T;
  readonly label: string;
  /** A second line under the label, e.g. the meaning of a level. */
  readonly detail?: string;
}

interface ChoiceGroupProps<T extends string | number> {
  readonly legend: string;
  readonly options: readonly ChoiceOption<T>[];
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  readonly hiddenLegend?: boolean;
  /** A shorter legend to show; screen readers still hear the full one. */
  readonly visibleLegend?: string;
  /** 'row' puts short options side by side, 'stack' one per line, 'grid2' two per line on phones. */
  readonly layout?: 'row' | 'stack' | 'grid2';
}

/** A radio group drawn as large buttons; native radios keep it keyboard and screen-reader friendly. */
export function ChoiceGroup<T extends string | number>(props: ChoiceGroupProps<T>) {
  const name = useId();
  const [value, setValue] = useOptimistic(props.value);
  return (
    <fieldset class={`choice-group ${props.layout ?? 'row'}`}>
      <legend class={props.hiddenLegend ? 'visually-hidden' : undefined}>
        {props.visibleLegend ? (
          <>
            <span aria-hidden="true">{props.visibleLegend}</span>
            <span class="visually-hidden">{props.legend}</span>
          </>
        ) : (
          props.legend
        )}
      </legend>
      <div class="choice-options">
        {props.options.map((o) => (
          <label key={String(o.value)} class="choice">
            <input
              type="radio"
              name={name}
              value={String(o.value)}
              checked={value === o.value}
              onChange={() => {
                setValue(o.value);
                props.onChange(o.value);
              }}
            />
            <span class="choice-label">
              {o.label}
              {o.detail && <span class="choice-detail">{o.detail}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
