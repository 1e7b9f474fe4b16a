import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../../domain/workshop';
import { assessmentRecord, type Change } from '../../../../domain/changes';
import { LIMITS, type Part } from '../../../../domain/workshop';
import {
  addPlanRow,
  addProposedRows,
  peopleOf,
  proposedSources,
  putBackRow,
  removeRow,
} from '../../../../domain/plan';
import { planRows, ratings } from '../../../../domain/scoring';
import { autosave } from '../../../../storage';
import type { StepProps } from '../step-props';
import { KeyQuestionSuggestions } from './KeyQuestionSuggestions';
import { PlanRowCard } from './PlanRowCard';

/**
 * The action plan of a part: the rows the team edits and orders, then the gaps that have no row
 * yet (the most important sources first). A row added from below appears at the plan's end, just
 * above the list it came from, and takes the focus.
 */
export function PlanStep({ a, part }: StepProps & { part: Part }) {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<PlanRow | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const rows = planRows(a, part);
  const proposals = proposedSources(a, part);
  const gaps = new Map(ratings(a, part).map((r) => [r.id as string, r]));
  const sourceName = (id: string) => t(`sources.${part}.${id}` as 'sources.customer.surveys');
  const peopleList = `people-${part}`;
  const full = rows.length >= LIMITS.planRows;
  const record = assessmentRecord(a.id);

  const add = (changes: Change[] & { readonly rowId?: string }) => {
    if (changes.rowId) setAdded(changes.rowId);
    void autosave.apply(record, changes);
  };
  const remove = (row: PlanRow) => {
    setRemoved(row);
    void autosave.apply(record, removeRow(part, row.id));
  };

  return (
    <>
      {rows.length === 0 && proposals.length === 0 && <p class="empty">{t('planStep.empty')}</p>}
      <datalist id={peopleList}>
        {peopleOf(a).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ol class="plan-list">
        {rows.map((row, i) => (
          <PlanRowCard
            key={row.id}
            a={a}
            part={part}
            row={row}
            index={i}
            count={rows.length}
            peopleList={peopleList}
            focus={row.id === added}
            onRemove={() => remove(row)}
          />
        ))}
      </ol>
      {removed && (
        <div class="undo-bar" role="status">
          <span>{t('planStep.removed')}</span>
          <button
            type="button"
            class="button"
            onClick={() => {
              void autosave.apply(record, putBackRow(part, removed));
              setRemoved(null);
            }}
          >
            {t('planStep.undo')}
          </button>
        </div>
      )}
      {proposals.length > 0 && (
        <section class="panel proposals" aria-labelledby={`proposals-${part}`}>
          <h2 id={`proposals-${part}`}>
            {t('planStep.proposalsTitle', { count: proposals.length })}
          </h2>
          <p class="hint">{t('planStep.proposalsHint')}</p>
          <ul>
            {proposals.map((id) => {
              const r = gaps.get(id);
              return (
                <li key={id} class={`proposal${r?.important ? ' important' : ''}`}>
                  <span>
                    {r?.important && <span class="badge">{t('planStep.importantBadge')}</span>}
                    {sourceName(id)}{' '}
                    <span class="hint">
                      {t('planStep.levelChange', { from: r?.level, to: r?.target })}
                    </span>
                  </span>
                  <button
                    type="button"
                    class="button"
                    disabled={full}
                    aria-label={t('planStep.addOneLabel', { source: sourceName(id) })}
                    onClick={() => add(addPlanRow(a, part, id))}
                  >
                    {t('planStep.addOne')}
                  </button>
                </li>
              );
            })}
          </ul>
          {proposals.length > 1 && (
            <button
              type="button"
              class="button primary"
              disabled={full}
              onClick={() => void autosave.apply(record, addProposedRows(a, part))}
            >
              {t('planStep.addAll')}
            </button>
          )}
        </section>
      )}
      {part === 'customer' && <KeyQuestionSuggestions a={a} full={full} onAdd={add} />}
      <button
        type="button"
        class="button"
        disabled={full}
        onClick={() => add(addPlanRow(a, part, null))}
      >
        {t('planStep.addRow')}
      </button>
    </>
  );
}
