import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../../domain/changes';
import { PerspectiveChoice } from '../../../components/PerspectiveChoice';
import { TextField } from '../../../components/TextField';
import { autosave } from '../../../../storage';
import { GroupField } from './GroupField';
import type { StepProps } from '../step-props';
import { ParticipantsEditor } from './ParticipantsEditor';
import { QuickCheckSummary } from '../../quick-check/QuickCheckSummary';

/** The business, whose needs it looks at, who takes part, and how the workshop goes. */
export function StartStep({ a }: StepProps) {
  const { t } = useTranslation();
  const b = a.business;
  return (
    <>
      <section class="panel how-it-works" aria-labelledby="how-title">
        <h2 id="how-title">{t('startStep.howTitle')}</h2>
        <ol>
          <li>{t('startStep.how1')}</li>
          <li>{t('startStep.how2')}</li>
          <li>{t('startStep.how3')}</li>
        </ol>
        <p>{t('startStep.howLong')}</p>
        <p>
          <a href="/market-orientation">{t('startStep.backgroundLink')}</a>
        </p>
        <p>
          <a href="/gdpr">{t('startStep.gdprLink')}</a>
        </p>
      </section>
      <QuickCheckSummary assessmentId={a.id} />
      <TextField
        field={assessmentField(a.id, 'business', 'name')}
        value={b.name}
        label={t('newAssessment.name')}
        autoComplete="organization"
      />
      <TextField
        field={assessmentField(a.id, 'business', 'field')}
        value={b.field}
        label={t('newAssessment.field')}
        hint={t('newAssessment.fieldHint')}
      />
      <div class="field-group">
        <PerspectiveChoice
          name="perspective"
          value={b.perspective}
          onChange={(p) =>
            void autosave.choose(assessmentField(a.id, 'business', 'perspective'), p)
          }
        />
        <p class="hint">{t('startStep.perspectiveNote')}</p>
      </div>
      <TextField
        field={assessmentField(a.id, 'business', 'workshopDate')}
        value={b.workshopDate}
        label={t('newAssessment.workshopDate')}
        type="date"
      />
      <TextField
        field={assessmentField(a.id, 'business', 'facilitator')}
        value={b.facilitator}
        label={t('newAssessment.facilitator')}
        hint={t('newAssessment.facilitatorHint')}
        autoComplete="name"
      />
      <GroupField a={a} />
      <ParticipantsEditor a={a} />
    </>
  );
}
