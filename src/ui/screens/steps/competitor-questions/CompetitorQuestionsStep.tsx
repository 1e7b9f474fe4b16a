import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../../domain/changes';
import { COMPETITOR_QUESTIONS } from '../../../../domain/workshop';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

/** The open questions that turn competitor information into insight. */
export function CompetitorQuestionsStep({ a }: StepProps) {
  const { t } = useTranslation();
  return (
    <ol class="question-list">
      {COMPETITOR_QUESTIONS.map((id, i) => (
        <li key={id} class="panel">
          <TextField
            field={assessmentField(a.id, 'competitorQuestions', id)}
            value={a.competitorQuestions[id]}
            label={`${i + 1}. ${t(`competitorQuestions.${id}`)}`}
            multiline
          />
        </li>
      ))}
    </ol>
  );
}
