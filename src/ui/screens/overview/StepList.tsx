import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../domain/assessment';
import { STEP_PART, STEPS, type StepId } from '../../../domain/content';
import { stepProgress } from '../../../domain/scoring';
import { ProgressBar } from '../../components/ProgressBar';

const GROUPS = ['intro', 'customer', 'competitor', 'closing'] as const;

/** The workshop's steps grouped by part, each with how much of it is answered. */
export function StepList({ a }: { a: Assessment }) {
  const { t } = useTranslation();
  const row = (step: StepId) => {
    const p = stepProgress(a, step);
    return (
      <li key={step} class="step-item">
        <span class="step-name">{t(`steps.${step}`)}</span>
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
  return (
    <nav aria-labelledby="steps-title" class="panel">
      <h2 id="steps-title">{t('overview.title')}</h2>
      {GROUPS.map((g) => (
        <div key={g} class="step-group">
          <h3>{t(`parts.${g}`)}</h3>
          <ol>{STEPS.filter((s) => STEP_PART[s] === g).map(row)}</ol>
        </div>
      ))}
    </nav>
  );
}
