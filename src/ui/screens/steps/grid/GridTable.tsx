import { memo } from 'preact/compat';
import { useCallback, useRef } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { Assessment, Criterion, Score } from '../../../../domain/workshop';
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

/** What one row shows: a row is drawn again only when this changes. */
interface RowData {
  readonly criterion: Criterion;
  readonly name: string;
  readonly columns: readonly {
    readonly id: string;
    readonly name: string;
    readonly score: Score | null;
    readonly note: string;
  }[];
  readonly canRemove: boolean;
  readonly lng: string;
}

interface GridRowProps {
  readonly assessmentId: string;
  readonly row: RowData;
  /** The row's values as one text, compared instead of the values themselves. */
  readonly signature: string;
  readonly names: GridNames;
  readonly onRemove: (criterionId: string) => void;
}

/**
 * One criterion's row. A save of one cell brings a new record to the whole step; only the row
 * whose values changed is drawn again, so a tap on a 260-control grid stays a small task.
 */
const GridRow = memo(
  function GridRow({ assessmentId, row, names, onRemove }: GridRowProps) {
    const { t } = useTranslation();
    const { criterion: c, name } = row;
    return (
      <tr>
        <th scope="row">
          <span class="grid-row-name">{name}</span>
          <CriterionEdit
            assessmentId={assessmentId}
            criterion={c}
            names={names}
            canRemove={row.canRemove}
            onRemove={() => onRemove(c.id)}
          />
        </th>
        {row.columns.map((col) => (
          <td key={col.id}>
            <ScoreSelect
              label={t('gridStep.scoreLabel', { criterion: name, column: col.name })}
              value={col.score}
              optionLabel={names.scoreOption}
              onChange={(s) => void autosave.choose(cellScoreField(assessmentId, c.id, col.id), s)}
            />
            <TextField
              field={cellNoteField(assessmentId, c.id, col.id)}
              value={col.note}
              label={t('gridStep.noteLabel', { criterion: name, column: col.name })}
              placeholder={t('gridStep.note')}
              hiddenLabel
              multiline
            />
          </td>
        ))}
        <td class="valuation">
          <ScoreSelect
            label={t('gridStep.valuationLabel', { criterion: name })}
            value={c.valuation}
            optionLabel={names.valuationOption}
            onChange={(s) => void autosave.choose(valuationField(assessmentId, c.id), s)}
          />
        </td>
      </tr>
    );
  },
  (before, after) =>
    before.signature === after.signature && before.assessmentId === after.assessmentId,
);

/** The whole grid at once, as on the workshop's paper: criteria in rows, columns side by side. */
export function GridTable({ a, names, labelledBy, onRemove }: GridTableProps) {
  const { t, i18n } = useTranslation();
  const criteria = gridCriteria(a);
  const columns = gridColumns(a);
  // A row that was not drawn again still removes from the latest record.
  const latest = useRef({ a, onRemove });
  latest.current = { a, onRemove };
  const removeRow = useCallback((criterionId: string) => {
    const c = latest.current.a.grid.criteria[criterionId];
    if (c) latest.current.onRemove(c);
  }, []);
  const columnNames = columns.map((col) => ({ id: col, name: names.column(col) }));
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
              {columnNames.map((col) => (
                <th key={col.id} scope="col">
                  {col.name}
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
              const row: RowData = {
                criterion: c,
                name: names.criterion(c),
                columns: columnNames.map((col) => {
                  const cell = cellAt(a, c.id, col.id);
                  return { ...col, score: cell.score, note: cell.note };
                }),
                canRemove: criteria.length > 1,
                lng: i18n.language,
              };
              return (
                <GridRow
                  key={c.id}
                  assessmentId={a.id}
                  row={row}
                  signature={JSON.stringify(row)}
                  names={names}
                  onRemove={removeRow}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
