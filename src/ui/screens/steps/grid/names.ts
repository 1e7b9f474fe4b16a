import { useTranslation } from 'react-i18next';
import {
  OWN_COLUMN,
  type Assessment,
  type Competitor,
  type Criterion,
} from '../../../../domain/workshop';
import type { Score } from '../../../../domain/workshop';

/**
 * Names shown in the grid: the business's own name when it gave one, otherwise the
 * translated default, so that renaming back to '' restores the default in every language.
 */
export function useGridNames(a: Assessment) {
  const { t } = useTranslation();
  const defaultCriterion = (c: Criterion) =>
    c.key ? t(`criteria.${c.key}`) : t('gridStep.unnamedCriterion', { number: c.position + 1 });
  const defaultCompetitor = (c: Competitor) => t('grid.competitorN', { number: c.position + 1 });
  const criterion = (c: Criterion) => c.name.trim() || defaultCriterion(c);
  const competitor = (c: Competitor) => c.name.trim() || defaultCompetitor(c);
  const column = (columnId: string) => {
    const c = a.grid.competitors[columnId];
    return columnId === OWN_COLUMN || !c ? t('grid.own') : competitor(c);
  };
  return {
    defaultCriterion,
    defaultCompetitor,
    criterion,
    competitor,
    column,
    scoreOption: (s: Score) => t(`gridStep.scale.${s}`),
    valuationOption: (s: Score) => t(`gridStep.valuationScale.${s}`),
  };
}

export type GridNames = ReturnType<typeof useGridNames>;
