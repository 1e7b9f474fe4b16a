import { useTranslation } from 'react-i18next';
import type { Assessment, Competitor } from '../../../../domain/workshop';
import { LIMITS } from '../../../../domain/workshop';
import { assessmentRecord } from '../../../../domain/changes';
import { addCompetitor, competitorNameField, gridCompetitors } from '../../../../domain/grid';
import { autosave } from '../../../../storage';
import { TextField } from '../../../components/TextField';
import type { GridNames } from './names';

/** The id of the section's heading, where focus returns after an undo. */
export const COMPETITORS_TITLE = 'grid-competitors-title';

interface CompetitorListProps {
  readonly a: Assessment;
  readonly names: GridNames;
  readonly onRemove: (c: Competitor) => void;
}

/** The competitors compared with: named here once, shown as columns or blocks in the grid. */
export function CompetitorList({ a, names, onRemove }: CompetitorListProps) {
  const { t } = useTranslation();
  const competitors = gridCompetitors(a);
  const full = competitors.length >= LIMITS.competitors;
  return (
    <section class="panel grid-competitors" aria-labelledby={COMPETITORS_TITLE}>
      <h2 id={COMPETITORS_TITLE} tabIndex={-1}>
        {t('gridStep.competitorsTitle')}
      </h2>
      <p class="hint">{t('gridStep.competitorsHint')}</p>
      <ol>
        {competitors.map((c) => (
          <li key={c.id}>
            <TextField
              field={competitorNameField(a.id, c.id)}
              value={c.name}
              label={t('gridStep.competitorName', { number: c.position + 1 })}
              placeholder={names.defaultCompetitor(c)}
            />
            <button
              type="button"
              class="button danger-outline"
              // One competitor is the least a comparison needs.
              disabled={competitors.length <= 1}
              aria-label={t('gridStep.removeNamed', { name: names.competitor(c) })}
              onClick={() => onRemove(c)}
            >
              {t('gridStep.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button"
        disabled={full}
        aria-describedby={full ? 'grid-competitors-full' : undefined}
        onClick={() => void autosave.apply(assessmentRecord(a.id), addCompetitor(a))}
      >
        {t('gridStep.addCompetitor')}
      </button>
      {full && (
        <p class="hint" id="grid-competitors-full">
          {t('gridStep.competitorsFull', { max: LIMITS.competitors })}
        </p>
      )}
    </section>
  );
}
