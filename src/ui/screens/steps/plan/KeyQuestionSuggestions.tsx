import { useTranslation } from 'react-i18next';
import type { Change } from '../../../../domain/changes';
import { addPlanRow, keyQuestionSteps } from '../../../../domain/plan';
import type { StepProps } from '../step-props';

interface Props extends StepProps {
  /** The plan has no room for another row. */
  readonly full: boolean;
  readonly onAdd: (changes: Change[] & { readonly rowId?: string }) => void;
}

/**
 * The next steps written at the key questions, offered as rows of the customer plan, so what the
 * team decided there gets a date and a person like every other action.
 */
export function KeyQuestionSuggestions({ a, full, onAdd }: Props) {
  const { t } = useTranslation();
  const steps = keyQuestionSteps(a);
  if (steps.length === 0) return null;
  return (
    <section class="panel proposals" aria-labelledby="key-question-steps">
      <h2 id="key-question-steps">{t('planStep.fromQuestionsTitle')}</h2>
      <p class="hint">{t('planStep.fromQuestionsHint')}</p>
      <ul>
        {steps.map(({ question, nextStep }) => {
          const title = t(`keyQuestions.${question}`);
          return (
            <li key={question} class="proposal">
              <span>
                <span class="proposal-step">{nextStep}</span>
                <span class="hint proposal-question">{title}</span>
              </span>
              <button
                type="button"
                class="button"
                disabled={full}
                aria-label={t('planStep.addStepLabel', { step: nextStep })}
                onClick={() => onAdd(addPlanRow(a, 'customer', null, nextStep))}
              >
                {t('planStep.addOne')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
