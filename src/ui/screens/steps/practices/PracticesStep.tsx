import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { assessmentField, assessmentRecord, type FieldRef } from '../../../../domain/changes';
import {
  addCustomPractice,
  LIMITS,
  ordered,
  PRACTICES,
  putCustomPractice,
  removeCustomPractice,
  type CustomPractice,
  type YesNo as YesNoValue,
} from '../../../../domain/workshop';
import { TextField } from '../../../components/TextField';
import { YesNo } from '../../../components/YesNo';
import { autosave } from '../../../../storage';
import type { StepProps } from '../step-props';

function PracticeChoices(props: {
  name: string;
  inUseField: FieldRef<YesNoValue | null>;
  couldAdoptField: FieldRef<YesNoValue | null>;
  inUse: YesNoValue | null;
  couldAdopt: YesNoValue | null;
}) {
  const { t } = useTranslation();
  return (
    <div class="pair">
      <YesNo
        legend={t('practicesStep.inUseLegend', { practice: props.name })}
        visibleLegend={t('practicesStep.inUse')}
        value={props.inUse}
        onChange={(v) => void autosave.choose(props.inUseField, v)}
      />
      {props.inUse !== 'yes' && (
        <YesNo
          legend={t('practicesStep.couldAdoptLegend', { practice: props.name })}
          visibleLegend={t('practicesStep.couldAdopt')}
          value={props.couldAdopt}
          onChange={(v) => void autosave.choose(props.couldAdoptField, v)}
        />
      )}
    </div>
  );
}

/** Ways of using customer information: which are in use, which could be, and the business's own. */
export function PracticesStep({ a }: StepProps) {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<CustomPractice | null>(null);
  const own = ordered(a.customPractices);
  const record = assessmentRecord(a.id);
  const add = () => void autosave.apply(record, addCustomPractice(a));
  const remove = (p: CustomPractice) => {
    setRemoved(p);
    void autosave.apply(record, removeCustomPractice(a, p.id));
  };
  return (
    <>
      <ol class="question-list">
        {PRACTICES.map((id) => (
          <li key={id} class="panel">
            <h2 class="question">{t(`practices.${id}`)}</h2>
            <PracticeChoices
              name={t(`practices.${id}`)}
              inUseField={assessmentField(a.id, 'practices', id, 'inUse')}
              couldAdoptField={assessmentField(a.id, 'practices', id, 'couldAdopt')}
              inUse={a.practices[id].inUse}
              couldAdopt={a.practices[id].couldAdopt}
            />
          </li>
        ))}
      </ol>
      <section aria-labelledby="own-practices">
        <h2 id="own-practices">{t('practicesStep.ownTitle')}</h2>
        <p class="hint">{t('practicesStep.ownHint')}</p>
        <ol class="question-list">
          {own.map((p, i) => {
            const name = p.name || t('practicesStep.ownN', { number: i + 1 });
            return (
              <li key={p.id} class="panel">
                <TextField
                  field={assessmentField(a.id, 'customPractices', p.id, 'name')}
                  value={p.name}
                  label={t('practicesStep.ownName', { number: i + 1 })}
                />
                <PracticeChoices
                  name={name}
                  inUseField={assessmentField(a.id, 'customPractices', p.id, 'inUse')}
                  couldAdoptField={assessmentField(a.id, 'customPractices', p.id, 'couldAdopt')}
                  inUse={p.inUse}
                  couldAdopt={p.couldAdopt}
                />
                <button type="button" class="button danger-outline" onClick={() => remove(p)}>
                  {t('practicesStep.remove', { name })}
                </button>
              </li>
            );
          })}
        </ol>
        {removed && (
          <div class="undo-bar" role="status">
            <span>{t('practicesStep.removed')}</span>
            <button
              type="button"
              class="button"
              onClick={() => {
                void autosave.apply(record, putCustomPractice(a, removed));
                setRemoved(null);
              }}
            >
              {t('planStep.undo')}
            </button>
          </div>
        )}
        {own.length < LIMITS.customPractices && (
          <button type="button" class="button" onClick={add}>
            {t('practicesStep.add')}
          </button>
        )}
      </section>
    </>
  );
}
