import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../domain/workshop';
import { LIMITS } from '../../../../domain/workshop';
import { addCriterion, gridCriteria } from '../../../../domain/grid';
import { assessmentRecord } from '../../../../domain/changes';
import { autosave } from '../../../../storage';
import { Field } from '../../../components/Field';

interface AddCriterionProps {
  readonly a: Assessment;
  readonly onAdded: (id: string) => void;
}

/**
 * A criterion of the business's own. Unlike other text here it is not saved while typing:
 * a row appears only once it has a name, so a half-typed word never becomes a row.
 */
export function AddCriterion({ a, onAdded }: AddCriterionProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const full = gridCriteria(a).length >= LIMITS.criteria;

  const submit = (e: Event) => {
    e.preventDefault();
    const added = addCriterion(a, name);
    if (!added) {
      if (!full) setError(t('gridStep.nameRequired'));
      return;
    }
    setName('');
    setError(null);
    void autosave.apply(assessmentRecord(a.id), added.changes).then(() => onAdded(added.id));
  };

  if (full) return <p class="hint">{t('gridStep.criteriaFull', { max: LIMITS.criteria })}</p>;
  return (
    <form class="panel grid-add" onSubmit={submit} noValidate>
      <Field label={t('gridStep.newCriterion')} hint={t('gridStep.newCriterionHint')} error={error}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="text"
            value={name}
            maxLength={LIMITS.shortText}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" class="button">
        {t('gridStep.addCriterion')}
      </button>
    </form>
  );
}
