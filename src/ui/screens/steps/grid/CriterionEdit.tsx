import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../domain/workshop';
import { criterionNameField } from '../../../../domain/grid';
import { TextField } from '../../../components/TextField';
import type { GridNames } from './names';

interface CriterionEditProps {
  readonly assessmentId: string;
  readonly criterion: Criterion;
  readonly names: GridNames;
  /** False for the last criterion left: a grid needs at least one row. */
  readonly canRemove: boolean;
  readonly onRemove: () => void;
}

/** Renaming and removing sit behind one disclosure: most teams keep the default rows as they are. */
export function CriterionEdit({
  assessmentId,
  criterion,
  names,
  canRemove,
  onRemove,
}: CriterionEditProps) {
  const { t } = useTranslation();
  const name = names.criterion(criterion);
  return (
    <details class="grid-edit">
      <summary>{t('gridStep.editCriterion')}</summary>
      <TextField
        field={criterionNameField(assessmentId, criterion.id)}
        value={criterion.name}
        label={t('gridStep.criterionName', { number: criterion.position + 1 })}
        placeholder={names.defaultCriterion(criterion)}
      />
      <button
        type="button"
        class="button danger-outline"
        disabled={!canRemove}
        aria-label={t('gridStep.removeCriterionNamed', { name })}
        onClick={onRemove}
      >
        {t('gridStep.removeCriterion')}
      </button>
    </details>
  );
}
