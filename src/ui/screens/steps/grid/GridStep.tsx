import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { assessmentRecord, type Change } from '../../../../domain/changes';
import { removeCompetitor, removeCriterion, type Removal } from '../../../../domain/grid';
import { autosave } from '../../../../storage';
import type { StepProps } from '../step-props';
import { AddCriterion } from './AddCriterion';
import { COMPETITORS_TITLE, CompetitorList } from './CompetitorList';
import { CriterionCards } from './CriterionCards';
import { GridTable } from './GridTable';
import { useGridNames } from './names';
import { UndoBar } from './UndoBar';
import { useMediaQuery, WIDE_QUERY } from './use-media-query';
import { WeakSpots } from './WeakSpots';
import './grid.css';

const COMPARE_TITLE = 'grid-compare-title';

interface Removed {
  readonly name: string;
  readonly undo: Change[];
  /** The heading of the section it was removed from, where focus goes once the bar closes. */
  readonly section: string;
}

function HowTo() {
  const { t } = useTranslation();
  return (
    <section class="panel grid-howto" aria-labelledby="grid-howto-title">
      <h2 id="grid-howto-title">{t('gridStep.howTitle')}</h2>
      <ul>
        <li>{t('gridStep.howWays')}</li>
        <li>{t('gridStep.scaleHint')}</li>
        <li>{t('gridStep.howLoose')}</li>
        <li>
          {t('gridStep.howValuation')} {t('gridStep.valuationHint')}
        </li>
      </ul>
    </section>
  );
}

/**
 * The competitor grid: the business and its competitors scored or described criterion by
 * criterion, with how much customers value each, and where the business trails on what counts.
 */
export function GridStep({ a }: StepProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_QUERY);
  const names = useGridNames(a);
  const [selected, setSelected] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // Removing takes a whole column or row with it; an undo is quicker than a question each time.
  const [removed, setRemoved] = useState<Removed | null>(null);

  const remove = (section: string, name: string, removal: Removal) => {
    setRemoved({ name, undo: removal.undo, section });
    void autosave.apply(assessmentRecord(a.id), removal.changes);
  };
  const finish = () => {
    if (removed) document.getElementById(removed.section)?.focus();
    setRemoved(null);
  };
  const select = (id: string, focus: boolean) => {
    setSelected(id);
    setFocusId(focus ? id : null);
  };

  return (
    <div class="grid-step">
      <HowTo />
      <CompetitorList
        a={a}
        names={names}
        onRemove={(c) => remove(COMPETITORS_TITLE, names.competitor(c), removeCompetitor(a, c.id))}
      />
      <section class="grid-compare" aria-labelledby={COMPARE_TITLE}>
        <h2 id={COMPARE_TITLE} tabIndex={-1}>
          {t('gridStep.gridTitle')}
        </h2>
        {wide ? (
          <GridTable
            a={a}
            names={names}
            labelledBy={COMPARE_TITLE}
            onRemove={(c) => remove(COMPARE_TITLE, names.criterion(c), removeCriterion(a, c.id))}
          />
        ) : (
          <CriterionCards
            a={a}
            names={names}
            selected={selected}
            onSelect={select}
            focusId={focusId}
            onRemove={(c) => remove(COMPARE_TITLE, names.criterion(c), removeCriterion(a, c.id))}
          />
        )}
        <AddCriterion a={a} onAdded={(id) => select(id, true)} />
      </section>
      <WeakSpots a={a} names={names} />
      <UndoBar
        removed={removed}
        onUndo={() => {
          if (removed) void autosave.apply(assessmentRecord(a.id), removed.undo);
          finish();
        }}
        onDismiss={finish}
      />
    </div>
  );
}
