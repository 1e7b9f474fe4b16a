import { useEffect, useId, useRef } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { Assessment, Criterion } from '../../../../domain/workshop';
import { criterionProgress, gridCriteria } from '../../../../domain/grid';
import { CriterionCard } from './CriterionCard';
import type { GridNames } from './names';

interface CriterionCardsProps {
  readonly a: Assessment;
  readonly names: GridNames;
  /** The criterion on screen; null or an id that is gone shows the nearest one. */
  readonly selected: string | null;
  /** Moves to another criterion; focus follows when the user asked for the move. */
  readonly onSelect: (id: string, focus: boolean) => void;
  /** A criterion whose heading should take focus once it is on screen. */
  readonly focusId: string | null;
  readonly onRemove: (c: Criterion) => void;
}

/**
 * The grid on a phone: one criterion at a time, chosen from a list or stepped through with
 * previous and next, so nothing scrolls sideways at 360 px.
 */
export function CriterionCards({
  a,
  names,
  selected,
  onSelect,
  focusId,
  onRemove,
}: CriterionCardsProps) {
  const { t } = useTranslation();
  const pickerId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const criteria = gridCriteria(a);
  const lastIndex = useRef(0);
  const found = criteria.findIndex((c) => c.id === selected);
  // A removed criterion leaves its place to the next one (or the new last one).
  const index = found >= 0 ? found : Math.min(lastIndex.current, criteria.length - 1);
  lastIndex.current = index;
  const current: Criterion | undefined = criteria[index];
  const currentId = current?.id;

  useEffect(() => {
    if (currentId !== undefined && focusId === currentId) heading.current?.focus();
  }, [focusId, currentId]);

  if (!current) return null;
  const prev = criteria[index - 1];
  const next = criteria[index + 1];
  return (
    <div class="grid-cards">
      <div class="field">
        <label for={pickerId}>{t('gridStep.criterion')}</label>
        <select
          id={pickerId}
          value={current.id}
          onChange={(e) => onSelect(e.currentTarget.value, false)}
        >
          {criteria.map((c, i) => (
            <option key={c.id} value={c.id}>
              {t('gridStep.pickerOption', {
                number: i + 1,
                name: names.criterion(c),
                ...criterionProgress(a, c),
              })}
            </option>
          ))}
        </select>
      </div>
      <CriterionCard
        key={current.id}
        a={a}
        criterion={current}
        names={names}
        headingRef={heading}
        canRemove={criteria.length > 1}
        onRemove={() => onRemove(current)}
      />
      <div class="grid-pager">
        <button
          type="button"
          class="button"
          disabled={!prev}
          aria-label={
            prev ? t('gridStep.previousLabel', { name: names.criterion(prev) }) : undefined
          }
          onClick={() => prev && onSelect(prev.id, true)}
        >
          <span aria-hidden="true">‹</span>
          {t('gridStep.previous')}
        </button>
        <button
          type="button"
          class="button primary"
          disabled={!next}
          aria-label={next ? t('gridStep.nextLabel', { name: names.criterion(next) }) : undefined}
          onClick={() => next && onSelect(next.id, true)}
        >
          {t('gridStep.next')}
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>
  );
}
