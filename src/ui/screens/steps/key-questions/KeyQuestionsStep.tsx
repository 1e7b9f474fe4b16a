import { useTranslation } from 'react-i18next';
import { assessmentField, assessmentRecord } from '../../../../domain/changes';
import { addPlanRow, isKeyQuestionPlanned } from '../../../../domain/plan';
import { ANSWERABILITY, KEY_QUESTIONS, type KeyQuestionId } from '../../../../domain/workshop';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { TextField } from '../../../components/TextField';
import { autosave, flushSaves, getAssessment } from '../../../../storage';
import type { StepProps } from '../step-props';

/** Adds a question's next step as it stands once typing is saved, not as it was at the last render. */
async function add(assessmentId: string, id: KeyQuestionId) {
  await flushSaves();
  const fresh = await getAssessment(assessmentId);
  const step = fresh?.keyQuestions[id].nextStep.trim();
  if (!fresh || !step) return;
  await autosave.apply(assessmentRecord(assessmentId), addPlanRow(fresh, 'customer', null, step));
}

/**
 * A written next step goes on to the customer action plan with one press, where it gets a date
 * and a person; once there, the question says so and links to it.
 */
function ToPlan({ a, id }: StepProps & { id: KeyQuestionId }) {
  const { t } = useTranslation();
  const step = a.keyQuestions[id].nextStep.trim();
  if (step === '') return null;
  if (isKeyQuestionPlanned(a, id)) {
    return (
      <p class="hint in-plan">
        <span aria-hidden="true">✓ </span>
        {t('keyQuestionsStep.inPlan')}{' '}
        <a href={`/a/${a.id}/customerPlan`}>{t('keyQuestionsStep.openPlan')}</a>
      </p>
    );
  }
  const changes = addPlanRow(a, 'customer', null, step);
  return (
    <button
      type="button"
      class="button"
      disabled={changes.length === 0}
      aria-label={t('keyQuestionsStep.addToPlanLabel', { step })}
      onClick={() => void add(a.id, id)}
    >
      {t('keyQuestionsStep.addToPlan')}
    </button>
  );
}

/** The five questions a business should answer from its customer information. */
export function KeyQuestionsStep({ a }: StepProps) {
  const { t } = useTranslation();
  return (
    <ol class="question-list">
      {KEY_QUESTIONS.map((id, i) => {
        const q = a.keyQuestions[id];
        const question = t(`keyQuestions.${id}`);
        return (
          <li key={id} class="panel">
            <h2 class="question">
              <span class="question-number">{i + 1}.</span> {question}
            </h2>
            <ChoiceGroup
              legend={t('keyQuestionsStep.canAnswerLegend', { question })}
              visibleLegend={t('keyQuestionsStep.canAnswer')}
              options={ANSWERABILITY.map((v) => ({ value: v, label: t(`answerability.${v}`) }))}
              value={q.canAnswer}
              onChange={(v) =>
                void autosave.choose(assessmentField(a.id, 'keyQuestions', id, 'canAnswer'), v)
              }
            />
            <TextField
              field={assessmentField(a.id, 'keyQuestions', id, 'answer')}
              value={q.answer}
              label={t('keyQuestionsStep.answer')}
              multiline
            />
            {(q.canAnswer === 'partly' ||
              q.canAnswer === 'no' ||
              q.missing ||
              q.where ||
              q.nextStep) && (
              <div class="follow-up">
                <TextField
                  field={assessmentField(a.id, 'keyQuestions', id, 'missing')}
                  value={q.missing}
                  label={t('keyQuestionsStep.missing')}
                  multiline
                />
                <TextField
                  field={assessmentField(a.id, 'keyQuestions', id, 'where')}
                  value={q.where}
                  label={t('keyQuestionsStep.where')}
                  hint={t('keyQuestionsStep.whereHint')}
                  multiline
                />
                <TextField
                  field={assessmentField(a.id, 'keyQuestions', id, 'nextStep')}
                  value={q.nextStep}
                  label={t('keyQuestionsStep.nextStep')}
                  multiline
                />
                <ToPlan a={a} id={id} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
