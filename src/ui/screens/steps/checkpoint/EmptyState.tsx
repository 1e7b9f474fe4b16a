import { useTranslation } from 'react-i18next';
import type { StepId } from '../../../../domain/workshop';

interface EmptyStateProps {
  readonly assessmentId: string;
  readonly text: string;
  /** The steps where the missing answers are given. */
  readonly steps: readonly StepId[];
}

/** Says that nothing is here yet and links to where it is filled in. */
export function EmptyState({ assessmentId, text, steps }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <div class="empty cp-empty">
      <p>{text}</p>
      {steps.map((step) => (
        <p key={step}>
          <a href={`/a/${assessmentId}/${step}`}>
            {t('summary.goTo', { step: t(`steps.${step}`) })}
          </a>
        </p>
      ))}
    </div>
  );
}
