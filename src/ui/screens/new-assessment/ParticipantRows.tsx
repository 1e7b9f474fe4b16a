import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../domain/workshop';

export interface DraftParticipant {
  readonly key: number;
  readonly name: string;
  readonly role: string;
}

/** Name and role of each participant, with rows to add and remove. */
export function ParticipantRows({
  rows,
  onChange,
}: {
  rows: readonly DraftParticipant[];
  onChange: (rows: DraftParticipant[]) => void;
}) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<DraftParticipant>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () =>
    onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, name: '', role: '' }]);
  return (
    <fieldset class="participants">
      <legend>{t('newAssessment.participants')}</legend>
      {rows.map((r, i) => (
        <div class="participant-row" key={r.key}>
          <input
            type="text"
            aria-label={t('newAssessment.participantName', { number: i + 1 })}
            placeholder={t('newAssessment.namePlaceholder')}
            maxLength={LIMITS.shortText}
            value={r.name}
            onInput={(e) => update(r.key, { name: e.currentTarget.value })}
          />
          <input
            type="text"
            aria-label={t('newAssessment.participantRole', { number: i + 1 })}
            placeholder={t('newAssessment.rolePlaceholder')}
            maxLength={LIMITS.shortText}
            value={r.role}
            onInput={(e) => update(r.key, { role: e.currentTarget.value })}
          />
          <button
            type="button"
            class="icon-button"
            aria-label={t('newAssessment.removeParticipant', { number: i + 1 })}
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
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
