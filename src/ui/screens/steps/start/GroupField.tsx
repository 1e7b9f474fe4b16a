import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../../domain/changes';
import { groupNames } from '../../../../domain/workshop';
import { useAssessmentList } from '../../../../storage';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

/** The facilitator's group of the business, with the groups already on the device offered. */
export function GroupField({ a }: StepProps) {
  const { t } = useTranslation();
  const listId = useId();
  const groups = groupNames((useAssessmentList() ?? []).map((s) => s.group));
  return (
    <>
      <TextField
        field={assessmentField(a.id, 'group')}
        value={a.group}
        label={t('group.field')}
        hint={t('group.fieldHint')}
        list={listId}
      />
      <datalist id={listId}>
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
    </>
  );
}
