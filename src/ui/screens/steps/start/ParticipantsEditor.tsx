import { useTranslation } from 'react-i18next';
import { assessmentField, assessmentRecord } from '../../../../domain/changes';
import { addParticipant, LIMITS, ordered, removeParticipant } from '../../../../domain/workshop';
import { autosave } from '../../../../storage';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

/** Participants with their roles, edited in place and saved as they are typed. */
export function ParticipantsEditor({ a }: StepProps) {
  const { t } = useTranslation();
  const rows = ordered(a.participants);
  const record = assessmentRecord(a.id);
  const add = () => void autosave.apply(record, addParticipant(a));
  return (
    <fieldset class="participants">
      <legend>{t('newAssessment.participants')}</legend>
      {rows.map((p, i) => (
        <div class="participant-row" key={p.id}>
          <TextField
            field={assessmentField(a.id, 'participants', p.id, 'name')}
            value={p.name}
            label={t('newAssessment.participantName', { number: i + 1 })}
            placeholder={t('newAssessment.namePlaceholder')}
            hiddenLabel
          />
          <TextField
            field={assessmentField(a.id, 'participants', p.id, 'role')}
            value={p.role}
            label={t('newAssessment.participantRole', { number: i + 1 })}
            placeholder={t('newAssessment.rolePlaceholder')}
            hiddenLabel
          />
          <button
            type="button"
            class="icon-button"
            aria-label={t('newAssessment.removeParticipant', { number: i + 1 })}
            onClick={() => void autosave.apply(record, removeParticipant(a, p.id))}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
      {rows.length < LIMITS.participants && (
        <button type="button" class="button" onClick={add}>
          {t('newAssessment.addParticipant')}
        </button>
      )}
    </fieldset>
  );
}
