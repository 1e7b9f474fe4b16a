import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../domain/changes';
import { STEP_PART, STEPS, type StepId } from '../../../domain/workshop';
import { autosave, useAssessment } from '../../../storage';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/use-page-title';
import { StepList } from '../overview/StepList';
import { PrintHeader } from './PrintHeader';
import { STEP_BODIES } from './registry';
import { AssessmentNotFound, Loading } from '../../components/Missing';

function StepNav({ id, step }: { id: string; step: StepId }) {
  const { t } = useTranslation();
  const i = STEPS.indexOf(step);
  const prev = STEPS[i - 1];
  const next = STEPS[i + 1];
  return (
    <nav class="step-nav" aria-label={t('stepsUi.stepNavigation')}>
      {prev ? (
        <a class="button" href={`/a/${id}/${prev}`} rel="prev">
          <span aria-hidden="true">‹ </span>
          {t('stepsUi.previous', { step: t(`steps.${prev}`) })}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a class="button primary" href={`/a/${id}/${next}`} rel="next">
          {t('stepsUi.next', { step: t(`steps.${next}`) })}
          <span aria-hidden="true"> ›</span>
        </a>
      ) : (
        <a class="button primary" href={`/a/${id}`}>
          {t('stepsUi.finish')}
        </a>
      )}
    </nav>
  );
}

/** One workshop step: where it is in the workshop, what to do, the answers, notes, and the way on. */
export function StepScreen() {
  const { t } = useTranslation();
  const { params } = useRoute();
  const a = useAssessment(params.id ?? '');
  const step = (STEPS as readonly string[]).includes(params.step ?? '')
    ? (params.step as StepId)
    : null;
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(step ? t(`steps.${step}`) : '');

  const known = Boolean(a && step);
  useEffect(() => {
    if (!a || !step) return;
    // A new step starts at its top, with the screen reader on its heading.
    window.scrollTo(0, 0);
    heading.current?.focus();
    if (a.lastStep !== step) void autosave.choose(assessmentField(a.id, 'lastStep'), step);
    // Only on arriving at a step: live updates of the assessment must not move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known, step]);

  if (a === undefined) return <Loading />;
  if (a === null || step === null) return <AssessmentNotFound />;
  const Body = STEP_BODIES[step];
  const number = STEPS.indexOf(step) + 1;
  return (
    // The grid needs the laptop's whole width for its table; its step list is in the menu.
    <div class={`step-layout${step === 'grid' ? ' full-width' : ''}`}>
      <aside class="step-aside">
        <StepList a={a} current={step} headingLevel={2} />
      </aside>
      <article class="screen step">
        <PrintHeader a={a} />
        <a class="back-link" href={`/a/${a.id}`}>
          {a.business.name}
        </a>
        <details class="step-menu">
          <summary>{t('stepsUi.stepOf', { number, total: STEPS.length })}</summary>
          <StepList a={a} current={step} headingLevel={2} />
        </details>
        <p class="step-part">{t(`parts.${STEP_PART[step]}`)}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t(`steps.${step}`)}
        </h1>
        <p class="lead">{t(`stepsUi.intro.${step}`)}</p>
        <p class="step-present">
          <a href={`/a/${a.id}/present/${step}`}>{t('present.link')}</a>
        </p>
        <Body a={a} />
        <section class="facilitator-notes" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('stepsUi.notesTitle')}</h2>
          <TextField
            field={assessmentField(a.id, 'notes', step)}
            value={a.notes[step]}
            label={t('stepsUi.notesLabel')}
            hint={t('stepsUi.notesHint')}
            multiline
          />
        </section>
        <StepNav id={a.id} step={step} />
      </article>
    </div>
  );
}
