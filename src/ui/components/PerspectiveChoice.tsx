import { useTranslation } from 'react-i18next';
import { PERSPECTIVES, type Perspective } from '../../domain/workshop';
import { useOptimistic } from './use-optimistic';

/** The three perspectives as radio cards, each saying what it means in care services. */
export function PerspectiveChoice({
  value,
  onChange,
  name,
}: {
  value: Perspective;
  onChange: (p: Perspective) => void;
  name: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useOptimistic(value);
  return (
    <fieldset class="choice-cards">
      <legend>{t('newAssessment.perspective')}</legend>
      {PERSPECTIVES.map((p) => (
        <label key={p} class="choice-card">
          <input
            type="radio"
            name={name}
            value={p}
            checked={shown === p}
            onChange={() => {
              setShown(p);
              onChange(p);
            }}
          />
          <span>
            <strong>{t(`perspective.${p}.label`)}</strong>
            <span class="hint">{t(`perspective.${p}.help`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
