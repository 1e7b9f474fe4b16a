import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { Assessment, Criterion } from '../../../../domain/workshop';
import {
  cellAt,
  cellNoteField,
  cellScoreField,
  gridColumns,
  valuationField,
} from '../../../../domain/grid';
import { autosave } from '../../../../storage';
import { TextField } from '../../../components/TextField';
import { CriterionEdit } from './CriterionEdit';
import type { GridNames } from './names';
import { ScorePicker } from './ScorePicker';

interface CriterionCardProps {
  readonly a: Assessment;
  readonly criterion: Criterion;
  readonly names: GridNames;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly canRemove: boolean;
  readonly onRemove: () => void;
}

/** One criterion on a phone: the business and each competitor in turn, then the customer's view. */
export function CriterionCard({
  a,
  criterion,
  names,
  headingRef,
  canRemove,
  onRemove,
}: CriterionCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const name = names.criterion(criterion);
  return (
    <section class="grid-card panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {name}
      </h3>
      <p class="hint">{t('gridStep.scaleHint')}</p>
      {gridColumns(a).map((col) => {
        const column = names.column(col);
        const cell = cellAt(a, criterion.id, col);
        return (
          <div key={col} class="grid-column-block">
            <h4>{column}</h4>
            <ScorePicker
              label={t('gridStep.scoreLabel', { criterion: name, column })}
              visibleLabel={t('gridStep.score')}
              value={cell.score}
              optionLabel={names.scoreOption}
              onChange={(s) => void autosave.choose(cellScoreField(a.id, criterion.id, col), s)}
            />
            <div class="grid-note">
              <span class="grid-note-label" aria-hidden="true">
                {t('gridStep.note')}
              </span>
              <TextField
                field={cellNoteField(a.id, criterion.id, col)}
                value={cell.note}
                label={t('gridStep.noteLabel', { criterion: name, column })}
                hiddenLabel
                multiline
              />
            </div>
          </div>
        );
      })}
      <div class="grid-column-block valuation">
        <ScorePicker
          label={t('gridStep.valuationLabel', { criterion: name })}
          visibleLabel={t('gridStep.valuationQuestion')}
          hint={t('gridStep.valuationHint')}
          value={criterion.valuation}
          optionLabel={names.valuationOption}
          onChange={(s) => void autosave.choose(valuationField(a.id, criterion.id), s)}
        />
      </div>
      <CriterionEdit
        assessmentId={a.id}
        criterion={criterion}
        names={names}
        canRemove={canRemove}
        onRemove={onRemove}
      />
    </section>
  );
}
