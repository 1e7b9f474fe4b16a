import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { newId, ordered, type CustomPractice } from '../../../../domain/workshop';
import { setAt } from '../../../../domain/changes';
import { LIMITS, PRACTICES, type YesNo as YesNoValue } from '../../../../domain/workshop';
import { TextField } from '../../../components/TextField';
import { YesNo } from '../../../components/YesNo';
import { saveChoice } from '../../../components/autosave';
import type { StepProps } from '../step-props';

function PracticeChoices(props: {
  a: StepProps['a'];
  name: string;
  path: string[];
  inUse: YesNoValue | null;
  couldAdopt: YesNoValue | null;
}) {
  const { t } = useTranslation();
  const save = (key: string) => (v: YesNoValue) =>
    void saveChoice(props.a.id, [setAt([...props.path, key], v)]);
  return (
    <div class="pair">
      <YesNo
        legend={t('practicesStep.inUseLegend', { practice: props.name })}
        visibleLegend={t('practicesStep.inUse')}
        value={props.inUse}
        onChange={save('inUse')}
      />
      {props.inUse !== 'yes' && (
        <YesNo
          legend={t('practicesStep.couldAdoptLegend', { practice: props.name })}
          visibleLegend={t('practicesStep.couldAdopt')}
          value={props.couldAdopt}
          onChange={save('couldAdopt')}
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
  const add = () => {
    const id = newId();
    const position = own.length ? own[own.length - 1].position + 1 : 0;
    const row: CustomPractice = { id, name: '', inUse: null, couldAdopt: null, position };
    void saveChoice(a.id, [setAt(['customPractices', id], row)]);
  };
  const remove = (p: CustomPractice) => {
    setRemoved(p);
    void saveChoice(a.id, [setAt(['customPractices', p.id], undefined)]);
  };
  return (
    <>
      <ol class="question-list">
        {PRACTICES.map((id) => (
          <li key={id} class="panel">
            <h2 class="question">{t(`practices.${id}`)}</h2>
            <PracticeChoices
              a={a}
              name={t(`practices.${id}`)}
              path={['practices', id]}
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
                  assessmentId={a.id}
                  path={['customPractices', p.id, 'name']}
                  value={p.name}
                  label={t('practicesStep.ownName', { number: i + 1 })}
                />
                <PracticeChoices
                  a={a}
                  name={name}
                  path={['customPractices', p.id]}
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
                void saveChoice(a.id, [setAt(['customPractices', removed.id], removed)]);
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
