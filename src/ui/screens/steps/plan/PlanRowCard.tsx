import { useEffect, useId, useRef } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../../domain/workshop';
import { assessmentRecord } from '../../../../domain/changes';
import { SOURCES, type Part } from '../../../../domain/workshop';
import { moveRow, planRowField, planSourceField } from '../../../../domain/plan';
import { autosave } from '../../../../storage';
import { useOptimistic } from '../../../components/use-optimistic';
import { TextField } from '../../../components/TextField';
import type { StepProps } from '../step-props';

interface PlanRowCardProps extends StepProps {
  readonly part: Part;
  readonly row: PlanRow;
  readonly index: number;
  readonly count: number;
  readonly peopleList: string;
  /** Just added: the row takes the focus, so the user is where the new row is. */
  readonly focus?: boolean;
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
  focus = false,
  onRemove,
}: PlanRowCardProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [sourceId, setSourceId] = useOptimistic(row.sourceId);
  const field = (key: 'steps' | 'date' | 'scheduleNote' | 'responsible') =>
    planRowField(a.id, part, row.id, key);
  const number = index + 1;
  const sourceName = (id: string) => t(`sources.${part}.${id}` as 'sources.customer.surveys');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus || !heading.current) return;
    heading.current.focus();
    heading.current.scrollIntoView?.({ block: 'start' });
  }, [focus]);
  return (
    <li class="panel plan-row">
      <h3 ref={heading} tabIndex={-1}>
        {t('planStep.rowTitle', { number })}
      </h3>
      <div class="field">
        <label for={selectId}>{t('planStep.source')}</label>
        <select
          id={selectId}
          value={sourceId ?? ''}
          onChange={(e) => {
            const next = e.currentTarget.value || null;
            setSourceId(next);
            void autosave.choose(planSourceField(a.id, part, row.id), next);
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
        field={field('steps')}
        value={row.steps}
        label={t('planStep.steps')}
        hint={t('planStep.stepsHint')}
        multiline
      />
      <div class="field-row">
        <TextField field={field('date')} value={row.date} label={t('planStep.date')} type="date" />
        <TextField
          field={field('scheduleNote')}
          value={row.scheduleNote}
          label={t('planStep.scheduleNote')}
          hint={t('planStep.scheduleNoteHint')}
        />
      </div>
      <TextField
        field={field('responsible')}
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
          onClick={() => void autosave.apply(assessmentRecord(a.id), moveRow(a, part, row.id, -1))}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="icon-button"
          disabled={index === count - 1}
          aria-label={t('planStep.moveDown', { number })}
          onClick={() => void autosave.apply(assessmentRecord(a.id), moveRow(a, part, row.id, 1))}
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
