import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../../domain/changes';
import { ANSWERABILITY, KEY_QUESTIONS } from '../../../../domain/workshop';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { TextField } from '../../../components/TextField';
import { autosave } from '../../../../storage';
import type { StepProps } from '../step-props';

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
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
