import { useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { type QuickCheck } from '../../../domain/quick-check';
import { quickCheckResult } from '../../../domain/quick-check-answers';
import { LIMITS } from '../../../domain/workshop';
import { formatDay, todayIso } from '../../../i18n/format';
import { useAssessment } from '../../../storage';
import { startWorkshopFrom, useQuickCheck, useQuickChecks } from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/use-page-title';
import { AnswerPicture } from './AnswerPicture';
import { FocusAreas } from './FocusAreas';
import { NotFound } from './NotFound';
import './quick-check.css';

/** The newest complete quick check made before this one, to compare with. */
function previousOf(q: QuickCheck, all: readonly QuickCheck[] | undefined): QuickCheck | null {
  return (
    all?.find((x) => x.createdAt < q.createdAt && quickCheckResult(x.answers).complete) ?? null
  );
}

/** Starts the workshop from the result: only the business name is asked, the rest comes later. */
function StartWorkshop({ q }: { q: QuickCheck }) {
  const { t } = useTranslation();
  const { route } = useLocation();
  const advice = useStorageAdvice();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (name.trim() === '') {
      setNameError(t('newAssessment.nameRequired'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const a = await startWorkshopFrom(q.id, { name, workshopDate: todayIso() });
      route(`/a/${a.id}/start`);
    } catch (err) {
      setError(t('quickCheck.startWorkshopFailed', { reason: advice(err) }));
      setBusy(false);
    }
  };
  return (
    <form class="panel qc-start" onSubmit={submit} noValidate aria-labelledby="qc-start-title">
      <h2 id="qc-start-title">{t('quickCheck.startTitle')}</h2>
      <p>{t('quickCheck.startText')}</p>
      <Field label={t('newAssessment.name')} hint={t('newAssessment.nameHint')} error={nameError}>
        {({ id, describedBy }) => (
          <input
            ref={input}
            id={id}
            type="text"
            autoComplete="organization"
            required
            maxLength={LIMITS.shortText}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy}
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
              if (nameError && e.currentTarget.value.trim()) setNameError(null);
            }}
          />
        )}
      </Field>
      <ErrorMessage message={error} />
      <button type="submit" class="button primary wide" disabled={busy}>
        {t('quickCheck.startButton')}
      </button>
    </form>
  );
}

/** The link to the workshop started from this quick check, if it is still on the device. */
function OpenWorkshop({ id }: { id: string }) {
  const { t } = useTranslation();
  const a = useAssessment(id);
  if (!a) return null;
  return (
    <a class="button primary wide" href={`/a/${a.id}`}>
      {t('quickCheck.openWorkshop', { name: a.business.name })}
    </a>
  );
}

/** The result: the areas to develop first, a picture of the answers, and the way on. */
export function QuickCheckResultScreen() {
  const { t, i18n } = useTranslation();
  const { params } = useRoute();
  const q = useQuickCheck(params.id ?? '');
  const all = useQuickChecks();
  const linked = useAssessment(q?.assessmentId || '-');
  usePageTitle(t('quickCheck.resultTitle'));
  if (q === undefined) return <p aria-busy="true">{t('app.loading')}</p>;
  if (q === null) return <NotFound />;
  const result = quickCheckResult(q.answers);
  const before = previousOf(q, all);
  const back = (
    <a class="button wide" href={`/quick-check/${q.id}`}>
      {t('quickCheck.changeAnswers')}
    </a>
  );
  if (!result.complete) {
    return (
      <div class="screen">
        <h1>{t('quickCheck.resultTitle')}</h1>
        <p>{t('quickCheck.missing', { count: result.total - result.answered })}</p>
        {back}
      </div>
    );
  }
  return (
    <div class="screen">
      <a class="back-link" href="/quick-check">
        {t('quickCheck.back')}
      </a>
      <h1>{t('quickCheck.resultTitle')}</h1>
      <p class="lead">{t('quickCheck.doneOn', { date: formatDay(q.updatedAt, i18n.language) })}</p>
      <section class="panel" aria-labelledby="qc-focus-title">
        <h2 id="qc-focus-title">{t('quickCheck.focusTitle')}</h2>
        {result.focus.length > 0 ? (
          <>
            <p>{t('quickCheck.focusIntro')}</p>
            <FocusAreas focus={result.focus} assessmentId={linked ? linked.id : undefined} />
          </>
        ) : (
          <p>{t('quickCheck.noFocus')}</p>
        )}
      </section>
      <section class="panel">
        {before && (
          <p class="qc-compared">
            {t('quickCheck.compared', { date: formatDay(before.createdAt, i18n.language) })}
          </p>
        )}
        <AnswerPicture answers={q.answers} before={before?.answers} headingLevel={2} />
      </section>
      {linked ? <OpenWorkshop id={linked.id} /> : <StartWorkshop q={q} />}
      {back}
    </div>
  );
}
