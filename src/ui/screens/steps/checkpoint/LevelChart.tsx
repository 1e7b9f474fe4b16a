import { useTranslation } from 'react-i18next';
import { LEVELS, TOP_LEVEL, type Part } from '../../../../domain/workshop';
import type { ChartGroup, ChartRow } from '../../../../domain/summary';
import { EmptyState } from './EmptyState';
import './level-chart.css';

/** Where a level sits on the 0–3 track, as a share of its width. */
const at = (level: number) => `${(level / TOP_LEVEL) * 100}%`;

function Row({ part, row }: { part: Part; row: ChartRow }) {
  const { t } = useTranslation();
  const source = t(`sources.${part}.${row.id}` as 'sources.customer.surveys');
  const { level, target } = row;
  const text =
    level !== null && target !== null
      ? t('summary.chart.row', { source, level, target })
      : level !== null
        ? t('summary.chart.rowNoTarget', { source, level })
        : target !== null
          ? t('summary.chart.rowTargetOnly', { source, target })
          : t('summary.chart.rowNotRated', { source });
  const rated = level !== null || target !== null;
  return (
    <li class={`cp-row${row.important ? ' important' : ''}${level === null ? ' unrated' : ''}`}>
      <span class="visually-hidden">{text}</span>
      {row.important && <span class="visually-hidden"> {t('summary.chart.important')}</span>}
      <span class="cp-name" aria-hidden="true">
        {row.important && <span class="cp-star">★ </span>}
        {source}
      </span>
      <span class="cp-track" aria-hidden="true">
        {!rated && <span class="cp-unrated">{t('summary.chart.notRated')}</span>}
        {level !== null && <span class="cp-bar" style={{ width: at(level) }} />}
        {row.gap > 0 && level !== null && (
          <span class="cp-gap" style={{ left: at(level), width: at(row.gap) }} />
        )}
        {target !== null && <span class="cp-target" style={{ left: at(target) }} />}
      </span>
      <span class="cp-value" aria-hidden="true">
        {rated && `${level ?? '–'} → ${target ?? '–'}`}
      </span>
    </li>
  );
}

/** True when any source of the group has a level or a target: there is something to draw. */
const touched = (g: ChartGroup) => g.rows.some((r) => r.level !== null || r.target !== null);

/** The 0–3 scale above a group's tracks, so the bars can be read without the numbers. */
function Axis() {
  return (
    <div class="cp-axis" aria-hidden="true">
      <span class="cp-axis-track">
        {LEVELS.map((l) => (
          <span key={l} style={{ left: at(l) }}>
            {l}
          </span>
        ))}
      </span>
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div class="cp-legend" aria-hidden="true">
      <span>
        <span class="cp-swatch today" />
        {t('summary.chart.legendToday')}
      </span>
      <span>
        <span class="cp-swatch target" />
        {t('summary.chart.legendTarget')}
      </span>
      <span>
        <span class="cp-swatch gap" />
        {t('summary.chart.legendGap')}
      </span>
      <span>
        <span class="cp-star">★</span> {t('summary.chart.legendImportant')}
      </span>
    </div>
  );
}

/**
 * Today's level against the target for every source, as bars: the team sees at a glance where
 * the largest gaps are. Each row also carries the same facts as text for screen readers.
 */
export function LevelChart({
  groups,
  assessmentId,
}: {
  groups: ChartGroup[];
  assessmentId: string;
}) {
  const { t } = useTranslation();
  return (
    <section class="cp-chart" aria-labelledby="cp-chart-title">
      <h3 id="cp-chart-title">{t('summary.chart.title')}</h3>
      {groups.some(touched) && (
        <>
          <Legend />
          <dl class="cp-scale">
            {LEVELS.map((l) => (
              <div key={l}>
                <dt>{l}</dt>
                <dd>{t(`levels.${l}.short`)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {groups.map((g) => {
        const step = g.part === 'customer' ? 'customerSources' : 'competitorSources';
        return (
          <div key={g.part} class="cp-group">
            <h4>{t(`parts.${g.part}`)}</h4>
            {touched(g) ? (
              <>
                <p class="hint">
                  {t('summary.chart.partCount', {
                    rated: g.rated,
                    total: g.rows.length,
                    gaps: g.withGap,
                  })}
                </p>
                <Axis />
                <ul class="cp-rows">
                  {g.rows.map((r) => (
                    <Row key={r.id} part={g.part} row={r} />
                  ))}
                </ul>
              </>
            ) : (
              <EmptyState
                assessmentId={assessmentId}
                text={t('summary.chart.empty')}
                steps={[step]}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
