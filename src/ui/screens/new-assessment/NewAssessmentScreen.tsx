import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../domain/workshop';
import { LIMITS } from '../../../domain/workshop';
import { todayIso } from '../../../i18n/format';
import { createAssessment } from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useTextLimit } from '../../components/LimitCounter';
import { PerspectiveChoice } from '../../components/PerspectiveChoice';
import { usePageTitle } from '../../components/use-page-title';
import { ParticipantRows, type DraftParticipant } from './ParticipantRows';

/** The form that starts an assessment; only the business name is required. */
export function NewAssessmentScreen() {
  const { t } = useTranslation();
  const { route } = useLocation();
  const advice = useStorageAdvice();
  usePageTitle(t('newAssessment.title'));
  const [name, setName] = useState('');
  const [field, setField] = useState('');
  const [perspective, setPerspective] = useState<Perspective>('both');
  const [workshopDate, setWorkshopDate] = useState(todayIso());
  const [facilitator, setFacilitator] = useState('');
  const [participants, setParticipants] = useState<DraftParticipant[]>([
    { key: 1, name: '', role: '' },
  ]);
  const [nameError, setNameError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const nameLimit = useTextLimit('new-name', name.length, LIMITS.shortText);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (name.trim() === '') {
      setNameError(t('newAssessment.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setSaveError(null);
    try {
      const created = await createAssessment({
        name,
        field,
        perspective,
        workshopDate,
        facilitator,
        participants,
      });
      route(`/a/${created.id}`);
    } catch (err) {
      setSaveError(t('newAssessment.createFailed', { reason: advice(err) }));
      setBusy(false);
    }
  };

  return (
    <form class="screen form" onSubmit={submit} noValidate>
      <h1>{t('newAssessment.title')}</h1>
      <p class="lead">{t('newAssessment.intro')}</p>
      <Field label={t('newAssessment.name')} hint={t('newAssessment.nameHint')} error={nameError}>
        {({ id, describedBy }) => (
          <>
            <input
              ref={nameRef}
              id={id}
              type="text"
              autoComplete="organization"
              required
              maxLength={LIMITS.shortText}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={
                [describedBy, nameLimit.describedBy].filter(Boolean).join(' ') || undefined
              }
              value={name}
              onPaste={nameLimit.onPaste}
              onInput={(e) => {
                nameLimit.onLength(e.currentTarget.value.length);
                setName(e.currentTarget.value);
                if (nameError && e.currentTarget.value.trim()) setNameError(null);
              }}
            />
            {nameLimit.counter}
          </>
        )}
      </Field>
      <Field label={t('newAssessment.field')} hint={t('newAssessment.fieldHint')}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="text"
            maxLength={LIMITS.shortText}
            aria-describedby={describedBy}
            value={field}
            onInput={(e) => setField(e.currentTarget.value)}
          />
        )}
      </Field>
      <PerspectiveChoice name="perspective" value={perspective} onChange={setPerspective} />
      <Field label={t('newAssessment.workshopDate')}>
        {({ id }) => (
          <input
            id={id}
            type="date"
            value={workshopDate}
            onInput={(e) => setWorkshopDate(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('newAssessment.facilitator')} hint={t('newAssessment.facilitatorHint')}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="text"
            autoComplete="name"
            maxLength={LIMITS.shortText}
            aria-describedby={describedBy}
            value={facilitator}
            onInput={(e) => setFacilitator(e.currentTarget.value)}
          />
        )}
      </Field>
      <ParticipantRows rows={participants} onChange={setParticipants} />
      <ErrorMessage message={saveError} />
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('newAssessment.create')}
        </button>
        <a class="button" href="/">
          {t('newAssessment.cancel')}
        </a>
      </div>
    </form>
  );
}
