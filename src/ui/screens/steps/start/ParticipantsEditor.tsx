import { useTranslation } from 'react-i18next';
import { newId, ordered } from '../../../../domain/workshop';
import { setAt } from '../../../../domain/changes';
import { LIMITS } from '../../../../domain/workshop';
import { saveChoice } from '../../../components/autosave';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

/** Participants with their roles, edited in place and saved as they are typed. */
export function ParticipantsEditor({ a }: StepProps) {
  const { t } = useTranslation();
  const rows = ordered(a.participants);
  const add = () => {
    const position = rows.length ? rows[rows.length - 1].position + 1 : 0;
    const id = newId();
    void saveChoice(a.id, [setAt(['participants', id], { id, name: '', role: '', position })]);
  };
  return (
    <fieldset class="participants">
      <legend>{t('newAssessment.participants')}</legend>
      {rows.map((p, i) => (
        <div class="participant-row" key={p.id}>
          <TextField
            assessmentId={a.id}
            path={['participants', p.id, 'name']}
            value={p.name}
            label={t('newAssessment.participantName', { number: i + 1 })}
            placeholder={t('newAssessment.namePlaceholder')}
            hiddenLabel
          />
          <TextField
            assessmentId={a.id}
            path={['participants', p.id, 'role']}
            value={p.role}
            label={t('newAssessment.participantRole', { number: i + 1 })}
            placeholder={t('newAssessment.rolePlaceholder')}
            hiddenLabel
          />
          <button
            type="button"
            class="icon-button"
            aria-label={t('newAssessment.removeParticipant', { number: i + 1 })}
            onClick={() => void saveChoice(a.id, [setAt(['participants', p.id], undefined)])}
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
