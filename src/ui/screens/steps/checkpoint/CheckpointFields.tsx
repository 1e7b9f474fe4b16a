import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../../domain/changes';
import { peopleOf } from '../../../../domain/plan';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

/** The agreed follow-up: the day the team looks at how the plans went, and who calls it. */
export function CheckpointFields({ a }: StepProps) {
  const { t } = useTranslation();
  const people = useId();
  return (
    <section class="panel cp-checkpoint" aria-labelledby="cp-checkpoint-title">
      <h2 id="cp-checkpoint-title">{t('summary.checkpoint.title')}</h2>
      <p>{t('summary.checkpoint.why')}</p>
      <div class="cp-fields">
        <div class="cp-date">
          <TextField
            field={assessmentField(a.id, 'checkpoint', 'date')}
            value={a.checkpoint.date}
            label={t('summary.checkpoint.date')}
            hint={t('summary.checkpoint.dateHint')}
            type="date"
          />
        </div>
        <TextField
          field={assessmentField(a.id, 'checkpoint', 'who')}
          value={a.checkpoint.who}
          label={t('summary.checkpoint.who')}
          hint={t('summary.checkpoint.whoHint')}
          list={people}
        />
      </div>
      <datalist id={people}>
        {peopleOf(a).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </section>
  );
}
