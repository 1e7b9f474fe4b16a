import { useEffect, useRef } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { STEP_PART, STEPS, type StepId } from '../../../domain/workshop';
import { useAssessment } from '../../../storage';
import { usePageTitle } from '../../components/use-page-title';
import { stepEntries, TABLE_STEPS } from './entries';
import { FullscreenButton } from './FullscreenButton';
import { toSlides } from './slides';
import { SlideView } from './SlideView';
import { usePresenterKeys } from './use-presenter-keys';
import './present.css';
import { AssessmentNotFound, Loading } from '../../components/Missing';

/** Where a slide of a step is: the presentation's address, with the slide as a query. */
const presentPath = (id: string, step: StepId, slide: number | 'last' = 1) =>
  `/a/${id}/present/${step}${slide === 1 ? '' : `?slide=${slide}`}`;

function slideFromQuery(value: string | undefined, total: number): number {
  if (value === 'last') return total - 1;
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), total) - 1 : 0;
}

/**
 * A step shown on a projector or a TV: large type, only the step's items and the team's answers,
 * in slides that a presenter clicker or the arrow keys move through. Edits made on another window
 * show at once, because the assessment is a live query.
 */
export function PresentScreen() {
  const { t, i18n } = useTranslation();
  const { params } = useRoute();
  const { query, route } = useLocation();
  const a = useAssessment(params.id ?? '');
  const step = (STEPS as readonly string[]).includes(params.step ?? '')
    ? (params.step as StepId)
    : null;
  const heading = useRef<HTMLHeadingElement>(null);
  const slideBox = useRef<HTMLDivElement>(null);
  usePageTitle(step ? t('present.pageTitle', { step: t(`steps.${step}`) }) : '');

  const layout = step && TABLE_STEPS.includes(step) ? 'table' : 'cards';
  const slides = a && step ? toSlides(stepEntries(a, step, t, i18n.language), layout) : [[]];
  const index = slideFromQuery(query.slide, slides.length);
  const stepIndex = step ? STEPS.indexOf(step) : -1;
  const prevStep = STEPS[stepIndex - 1];
  const nextStep = STEPS[stepIndex + 1];

  const go = {
    next: () => {
      if (!a || !step) return;
      if (index < slides.length - 1) route(presentPath(a.id, step, index + 2), true);
      else if (nextStep) route(presentPath(a.id, nextStep), true);
    },
    previous: () => {
      if (!a || !step) return;
      if (index > 0) route(presentPath(a.id, step, index), true);
      else if (prevStep) route(presentPath(a.id, prevStep, 'last'), true);
    },
    first: () => a && step && route(presentPath(a.id, step), true),
    last: () => a && step && route(presentPath(a.id, step, 'last'), true),
    exit: () => a && step && route(`/a/${a.id}/${step}`),
  };
  usePresenterKeys(go, slideBox);

  const known = Boolean(a && step);
  useEffect(() => {
    // A new step starts with the screen reader on its title.
    if (known) heading.current?.focus();
  }, [known, step]);
  useEffect(() => {
    slideBox.current?.scrollTo?.({ top: 0 });
  }, [step, index]);

  if (a === undefined) return <Loading />;
  if (a === null || step === null) return <AssessmentNotFound />;
  const atStart = index === 0 && !prevStep;
  const atEnd = index === slides.length - 1 && !nextStep;
  return (
    <div class="present">
      <header class="present-bar">
        <p class="present-business">
          <span>{a.business.name}</span>
          <span class="present-part">{t(`parts.${STEP_PART[step]}`)}</span>
        </p>
        <div class="present-tools">
          <LanguageSwitch />
          <FullscreenButton />
          <a class="present-exit" href={`/a/${a.id}/${step}`}>
            {t('present.exit')}
          </a>
        </div>
      </header>
      <h1 class="present-title" ref={heading} tabIndex={-1}>
        {t(`steps.${step}`)}
      </h1>
      <div
        class="present-slide"
        ref={slideBox}
        // A slide too long for the screen scrolls; the keyboard must be able to reach it.
        tabIndex={0}
        role="region"
        aria-label={t('present.slideLabel', { number: index + 1, total: slides.length })}
      >
        <SlideView entries={slides[index]} layout={layout} />
      </div>
      <nav class="present-nav" aria-label={t('present.navigation')}>
        <button type="button" class="present-button" disabled={atStart} onClick={go.previous}>
          <span aria-hidden="true">‹ </span>
          {t('present.previous')}
        </button>
        <p class="present-position" aria-live="polite" aria-atomic="true">
          <span class="visually-hidden">{t('present.slide')} </span>
          {`${index + 1} / ${slides.length}`}
        </p>
        <button type="button" class="present-button" disabled={atEnd} onClick={go.next}>
          {index === slides.length - 1 && nextStep
            ? t('present.nextStep', { step: t(`steps.${nextStep}`) })
            : t('present.next')}
          <span aria-hidden="true"> ›</span>
        </button>
      </nav>
    </div>
  );
}
