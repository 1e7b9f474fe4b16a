import { useTranslation } from 'react-i18next';
import type { Assessment, Criterion } from '../../../../domain/workshop';
import {
  cellAt,
  cellNoteField,
  cellScoreField,
  gridColumns,
  gridCriteria,
  valuationField,
} from '../../../../domain/grid';
import { autosave } from '../../../../storage';
import { TextField } from '../../../components/TextField';
import { CriterionEdit } from './CriterionEdit';
import type { GridNames } from './names';
import { ScoreSelect } from './ScorePicker';
import './grid-table.css';

// Widths of the criterion column and of each scored column (and the valuation), in rem.
const CRITERION_REM = 13;
const COLUMN_REM = 9;

interface GridTableProps {
  readonly a: Assessment;
  readonly names: GridNames;
  readonly labelledBy: string;
  readonly onRemove: (c: Criterion) => void;
}

/** The whole grid at once, as on the workshop's paper: criteria in rows, columns side by side. */
export function GridTable({ a, names, labelledBy, onRemove }: GridTableProps) {
  const { t } = useTranslation();
  const criteria = gridCriteria(a);
  const columns = gridColumns(a);
  return (
    <>
      <p class="hint grid-table-scale">{t('gridStep.tableScale')}</p>
      <div class="grid-table-wrap">
        <table
          class="grid-table"
          aria-labelledby={labelledBy}
          // Equal columns that scroll sideways once competitors no longer fit beside each other:
          // the business and five competitors fit a 1280 px laptop.
          style={{ minWidth: `${CRITERION_REM + (columns.length + 1) * COLUMN_REM}rem` }}
        >
          <thead>
            <tr>
              <th scope="col">{t('gridStep.criterion')}</th>
              {columns.map((col) => (
                <th key={col} scope="col">
                  {names.column(col)}
                </th>
              ))}
              <th scope="col" class="valuation">
                {t('grid.valuation')}
                <span class="hint">{t('gridStep.valuationHint')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => {
              const name = names.criterion(c);
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <span class="grid-row-name">{name}</span>
                    <CriterionEdit
                      assessmentId={a.id}
                      criterion={c}
                      names={names}
                      canRemove={criteria.length > 1}
                      onRemove={() => onRemove(c)}
                    />
                  </th>
                  {columns.map((col) => {
                    const column = names.column(col);
                    const cell = cellAt(a, c.id, col);
                    return (
                      <td key={col}>
                        <ScoreSelect
                          label={t('gridStep.scoreLabel', { criterion: name, column })}
                          value={cell.score}
                          optionLabel={names.scoreOption}
                          onChange={(s) => void autosave.choose(cellScoreField(a.id, c.id, col), s)}
                        />
                        <TextField
                          field={cellNoteField(a.id, c.id, col)}
                          value={cell.note}
                          label={t('gridStep.noteLabel', { criterion: name, column })}
                          placeholder={t('gridStep.note')}
                          hiddenLabel
                          multiline
                        />
                      </td>
                    );
                  })}
                  <td class="valuation">
                    <ScoreSelect
                      label={t('gridStep.valuationLabel', { criterion: name })}
                      value={c.valuation}
                      optionLabel={names.valuationOption}
                      onChange={(s) => void autosave.choose(valuationField(a.id, c.id), s)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
