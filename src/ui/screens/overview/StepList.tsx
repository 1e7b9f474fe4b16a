import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../domain/workshop';
import { STEP_PART, STEPS, type StepId } from '../../../domain/workshop';
import { stepProgress } from '../../../domain/workshop';
import { ProgressBar } from '../../components/ProgressBar';

const GROUPS = ['intro', 'customer', 'competitor', 'closing'] as const;

/** The workshop's steps grouped by part, each a link with how much of it is answered. */
export function StepList({
  a,
  current,
  headingLevel = 2,
}: {
  a: Assessment;
  current?: StepId;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const row = (step: StepId) => {
    const p = stepProgress(a, step);
    const complete = p.total > 0 && p.done === p.total;
    return (
      <li key={step} class={`step-item${complete ? ' complete' : ''}`}>
        <a
          href={`/a/${a.id}/${step}`}
          class="step-link"
          aria-current={step === current ? 'step' : undefined}
        >
          <span class="step-number" aria-hidden="true">
            {complete ? '✓' : STEPS.indexOf(step) + 1}
          </span>
          <span class="step-name">{t(`steps.${step}`)}</span>
        </a>
        <span class="step-progress">
          <ProgressBar share={p.total === 0 ? 0 : p.done / p.total} />
          <span>
            {p.total === 0
              ? t('overview.nothingYet')
              : t('overview.progress', { done: p.done, total: p.total })}
          </span>
        </span>
      </li>
    );
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <nav aria-label={t('overview.title')} class="step-list">
      <Heading class="step-list-title">{t('overview.title')}</Heading>
      {GROUPS.map((g) => (
        <div key={g} class="step-group">
          <Sub>{t(`parts.${g}`)}</Sub>
          <ol>{STEPS.filter((s) => STEP_PART[s] === g).map(row)}</ol>
        </div>
      ))}
    </nav>
  );
}
