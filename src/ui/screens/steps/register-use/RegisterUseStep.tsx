import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../../domain/changes';
import { REGISTER_ANALYSES } from '../../../../domain/workshop';
import { TextField } from '../../../components/TextField';
import { YesNo } from '../../../components/YesNo';
import { autosave } from '../../../../storage';
import type { StepProps } from '../step-props';

/** The analyses a register kept over time makes possible: do we do them, and notes. */
export function RegisterUseStep({ a }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <ol class="question-list">
        {REGISTER_ANALYSES.map((id) => {
          const r = a.registerAnalyses[id];
          const name = t(`registerAnalyses.${id}`);
          return (
            <li key={id} class="panel">
              <h2 class="question">{name}</h2>
              <YesNo
                legend={t('registerUseStep.doneLegend', { analysis: name })}
                visibleLegend={t('registerUseStep.done')}
                value={r.done}
                onChange={(v) =>
                  void autosave.choose(assessmentField(a.id, 'registerAnalyses', id, 'done'), v)
                }
              />
              <TextField
                field={assessmentField(a.id, 'registerAnalyses', id, 'notes')}
                value={r.notes}
                label={t('registerUseStep.notes')}
                multiline
              />
            </li>
          );
        })}
      </ol>
      <aside class="panel examples" aria-labelledby="examples-title">
        <h2 id="examples-title">{t('registerUseStep.examplesTitle')}</h2>
        <ul>
          <li>{t('registerUseStep.example1')}</li>
          <li>{t('registerUseStep.example2')}</li>
        </ul>
      </aside>
    </>
  );
}
