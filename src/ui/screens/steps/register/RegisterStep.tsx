import { useTranslation } from 'react-i18next';
import { assessmentField, type FieldRef } from '../../../../domain/changes';
import {
  GDPR_CHECKS,
  REGISTER_FIELDS,
  type YesNo as YesNoValue,
} from '../../../../domain/workshop';
import { TextField } from '../../../components/TextField';
import { YesNo } from '../../../components/YesNo';
import { autosave } from '../../../../storage';
import type { StepProps } from '../step-props';

/** Whether there is a customer register, what it holds, and a short check of its GDPR duties. */
export function RegisterStep({ a }: StepProps) {
  const { t } = useTranslation();
  const r = a.register;
  const choose = (field: FieldRef<YesNoValue | null>) => (v: YesNoValue) =>
    void autosave.choose(field, v);
  return (
    <>
      <section class="panel">
        <YesNo
          legend={t('registerStep.exists')}
          value={r.exists}
          onChange={choose(assessmentField(a.id, 'register', 'exists'))}
        />
        {r.exists === 'no' && <p class="callout">{t('registerStep.noRegister')}</p>}
        <YesNo
          legend={t('registerStep.directMarketing')}
          value={r.directMarketing}
          onChange={choose(assessmentField(a.id, 'register', 'directMarketing'))}
        />
        <p class="hint">{t('registerStep.contactHint')}</p>
      </section>
      <section aria-labelledby="fields-title">
        <h2 id="fields-title">{t('registerStep.fieldsTitle')}</h2>
        <p class="hint">{t('registerStep.fieldsHint')}</p>
        <ol class="question-list">
          {REGISTER_FIELDS.map((id) => {
            const f = r.fields[id];
            const name = t(`registerFields.${id}`);
            return (
              <li key={id} class="panel">
                <h3 class="question">{name}</h3>
                <YesNo
                  legend={t('registerStep.fieldInRegister', { field: name })}
                  visibleLegend={t('registerStep.inRegister')}
                  value={f.has}
                  onChange={choose(assessmentField(a.id, 'register', 'fields', id, 'has'))}
                />
                <TextField
                  field={assessmentField(a.id, 'register', 'fields', id, 'how')}
                  value={f.how}
                  label={
                    f.has === 'no' ? t('registerStep.howToGet') : t('registerStep.howToDevelop')
                  }
                  multiline
                />
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="gdpr-title" class="panel gdpr-check">
        <h2 id="gdpr-title">{t('registerStep.gdprTitle')}</h2>
        <p class="hint">{t('registerStep.gdprHint')}</p>
        {GDPR_CHECKS.map((id) => (
          <YesNo
            key={id}
            legend={t(`gdprChecks.${id}`)}
            value={r.gdpr[id]}
            onChange={choose(assessmentField(a.id, 'register', 'gdpr', id))}
          />
        ))}
        <p>
          <a href="/gdpr">{t('registerStep.gdprLink')}</a>
        </p>
        <p>
          <a class="button" href={`/a/${a.id}/privacy-notice`}>
            {t('notice.link')}
          </a>
        </p>
        <p class="hint">{t('notice.linkHint')}</p>
      </section>
    </>
  );
}
