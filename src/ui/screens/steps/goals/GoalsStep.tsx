import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../../domain/changes';
import { GOALS } from '../../../../domain/workshop';
import { peopleOf } from '../../../../domain/plan';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

/** The three most important goals after the competitor analysis: what, how, when, who. */
export function GoalsStep({ a }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <datalist id="people-goals">
        {peopleOf(a).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ol class="question-list">
        {GOALS.map((id) => {
          const g = a.goals[id];
          const title = t(`goals.${id}`);
          return (
            <li key={id} class="panel">
              <h2>{title}</h2>
              <TextField
                field={assessmentField(a.id, 'goals', id, 'goal')}
                value={g.goal}
                label={t('goalsStep.goal')}
                multiline
              />
              <TextField
                field={assessmentField(a.id, 'goals', id, 'steps')}
                value={g.steps}
                label={t('goalsStep.steps')}
                hint={t('planStep.stepsHint')}
                multiline
              />
              <div class="field-row">
                <TextField
                  field={assessmentField(a.id, 'goals', id, 'date')}
                  value={g.date}
                  label={t('goalsStep.date')}
                  type="date"
                />
                <TextField
                  field={assessmentField(a.id, 'goals', id, 'scheduleNote')}
                  value={g.scheduleNote}
                  label={t('planStep.scheduleNote')}
                  hint={t('planStep.scheduleNoteHint')}
                />
              </div>
              <TextField
                field={assessmentField(a.id, 'goals', id, 'responsible')}
                value={g.responsible}
                label={t('goalsStep.responsible')}
                list="people-goals"
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
