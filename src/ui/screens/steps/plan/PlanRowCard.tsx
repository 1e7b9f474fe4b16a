import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../../domain/workshop';
import { setPlanRow } from '../../../../domain/changes';
import { SOURCES, type Part } from '../../../../domain/workshop';
import { moveRow } from '../../../../domain/plan';
import { saveChoice } from '../../../components/autosave';
import { useOptimistic } from '../../../components/use-optimistic';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

interface PlanRowCardProps extends StepProps {
  readonly part: Part;
  readonly row: PlanRow;
  readonly index: number;
  readonly count: number;
  readonly peopleList: string;
  readonly onRemove: () => void;
}

/** One planned action: which source, the steps, when, and who is responsible. */
export function PlanRowCard({
  a,
  part,
  row,
  index,
  count,
  peopleList,
  onRemove,
}: PlanRowCardProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [sourceId, setSourceId] = useOptimistic(row.sourceId);
  const base = [part === 'customer' ? 'customerPlan' : 'competitorPlan', row.id];
  const number = index + 1;
  const sourceName = (id: string) => t(`sources.${part}.${id}` as 'sources.customer.surveys');
  return (
    <li class="panel plan-row">
      <h3>{t('planStep.rowTitle', { number })}</h3>
      <div class="field">
        <label for={selectId}>{t('planStep.source')}</label>
        <select
          id={selectId}
          value={sourceId ?? ''}
          onChange={(e) => {
            const next = e.currentTarget.value || null;
            setSourceId(next);
            void saveChoice(a.id, [setPlanRow(part, row.id, 'sourceId', next)]);
          }}
        >
          <option value="">{t('planStep.otherSource')}</option>
          {SOURCES[part].map((id) => (
            <option key={id} value={id}>
              {sourceName(id)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        assessmentId={a.id}
        path={[...base, 'steps']}
        value={row.steps}
        label={t('planStep.steps')}
        hint={t('planStep.stepsHint')}
        multiline
      />
      <div class="field-row">
        <TextField
          assessmentId={a.id}
          path={[...base, 'date']}
          value={row.date}
          label={t('planStep.date')}
          type="date"
        />
        <TextField
          assessmentId={a.id}
          path={[...base, 'scheduleNote']}
          value={row.scheduleNote}
          label={t('planStep.scheduleNote')}
          hint={t('planStep.scheduleNoteHint')}
        />
      </div>
      <TextField
        assessmentId={a.id}
        path={[...base, 'responsible']}
        value={row.responsible}
        label={t('planStep.responsible')}
        list={peopleList}
      />
      <div class="row-tools">
        <button
          type="button"
          class="icon-button"
          disabled={index === 0}
          aria-label={t('planStep.moveUp', { number })}
          onClick={() => void saveChoice(a.id, moveRow(a, part, row.id, -1))}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="icon-button"
          disabled={index === count - 1}
          aria-label={t('planStep.moveDown', { number })}
          onClick={() => void saveChoice(a.id, moveRow(a, part, row.id, 1))}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" class="button danger-outline" onClick={onRemove}>
          {t('planStep.remove', { number })}
        </button>
      </div>
    </li>
  );
}
