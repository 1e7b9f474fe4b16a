import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../domain/workshop';
import { comparableValued, weakerWhereValued } from '../../../../domain/grid';
import type { GridNames } from './names';

/**
 * Where the business trails a competitor on what customers value highly: the grid's answer
 * to "what should we work on", read straight into the goals of the next step.
 */
export function WeakSpots({ a, names }: { readonly a: Assessment; readonly names: GridNames }) {
  const { t, i18n } = useTranslation();
  const spots = weakerWhereValued(a);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <section class="panel grid-weak" aria-labelledby="grid-weak-title">
      <h2 id="grid-weak-title">{t('gridStep.weak.title')}</h2>
      <p class="hint">{t('gridStep.weak.hint')}</p>
      {spots.length === 0 ? (
        <p class="grid-weak-empty">
          {comparableValued(a) > 0 ? t('gridStep.weak.none') : t('gridStep.weak.empty')}
        </p>
      ) : (
        <ul>
          {spots.map((s) => (
            <li key={s.criterion.id}>
              <strong>{names.criterion(s.criterion)}</strong>
              <span class="grid-weak-valued">
                {t('gridStep.weak.valued', { valuation: s.valuation })}
              </span>
              <span>
                {t('gridStep.weak.compare', {
                  ahead: list.format(
                    s.ahead.map((x) =>
                      t('gridStep.weak.ahead', {
                        name: names.competitor(x.competitor),
                        score: x.score,
                      }),
                    ),
                  ),
                  own: s.own,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
