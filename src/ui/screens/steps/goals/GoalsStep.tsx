import { useTranslation } from 'react-i18next';
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
          const path = ['goals', id];
          const title = t(`goals.${id}`);
          return (
            <li key={id} class="panel">
              <h2>{title}</h2>
              <TextField
                assessmentId={a.id}
                path={[...path, 'goal']}
                value={g.goal}
                label={t('goalsStep.goal')}
              />
              <TextField
                assessmentId={a.id}
                path={[...path, 'steps']}
                value={g.steps}
                label={t('goalsStep.steps')}
                hint={t('planStep.stepsHint')}
                multiline
              />
              <div class="field-row">
                <TextField
                  assessmentId={a.id}
                  path={[...path, 'date']}
                  value={g.date}
                  label={t('goalsStep.date')}
                  type="date"
                />
                <TextField
                  assessmentId={a.id}
                  path={[...path, 'scheduleNote']}
                  value={g.scheduleNote}
                  label={t('planStep.scheduleNote')}
                  hint={t('planStep.scheduleNoteHint')}
                />
              </div>
              <TextField
                assessmentId={a.id}
                path={[...path, 'responsible']}
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
