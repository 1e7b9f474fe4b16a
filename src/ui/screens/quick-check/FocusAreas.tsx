import { useTranslation } from 'react-i18next';
import type { QuickAreaId } from '../../../domain/quick-check';
import { QUICK_AREAS } from '../../../domain/quick-check';
import { STEPS } from '../../../domain/workshop';

/**
 * The areas to develop first, in plain words, each naming the workshop step where it is worked
 * on; a link to that step once a workshop (assessment) exists.
 */
export function FocusAreas({
  focus,
  assessmentId,
  headingLevel = 3,
}: {
  focus: readonly QuickAreaId[];
  assessmentId?: string;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol class="qc-focus">
      {focus.map((id) => {
        const step = QUICK_AREAS.find((a) => a.id === id)?.step ?? 'start';
        const where = t('quickCheck.workedOn', {
          number: STEPS.indexOf(step) + 1,
          step: t(`steps.${step}`),
        });
        return (
          <li key={id}>
            <H class="qc-focus-title">{t(`quickCheck.areas.${id}.title`)}</H>
            <p>{t(`quickCheck.areas.${id}.text`)}</p>
            <p class="qc-focus-step">
              {assessmentId ? <a href={`/a/${assessmentId}/${step}`}>{where}</a> : where}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
