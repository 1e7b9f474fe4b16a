import { useTranslation } from 'react-i18next';
import { LEVELS, PARTS, SOURCES, TOP_LEVEL } from '../../../domain/workshop';
import {
  followUpProgress,
  levelChecks,
  type FollowUp,
  type LevelCheck,
} from '../../../domain/follow-up';
import '../steps/checkpoint/level-chart.css';
import './follow-up.css';

const at = (level: number) => `${(level / TOP_LEVEL) * 100}%`;

function Row({ source, check }: { source: string; check: LevelCheck }) {
  const { t } = useTranslation();
  const none = t('followup.chart.none');
  const { before, now, target } = check;
  return (
    <li class="cp-row">
      <span class="visually-hidden">
        {t('followup.chart.row', {
          source,
          before: before ?? none,
          now: now ?? none,
          target: target ?? none,
        })}
      </span>
      <span class="cp-name" aria-hidden="true">
        {source}
      </span>
      <span class="cp-track" aria-hidden="true">
        {now !== null && <span class="cp-bar" style={{ width: at(now) }} />}
        {before !== null && <span class="fu-before" style={{ left: at(before) }} />}
        {target !== null && <span class="cp-target" style={{ left: at(target) }} />}
      </span>
      <span class="cp-value" aria-hidden="true">
        {`${before ?? '–'} → ${now ?? '–'} / ${target ?? '–'}`}
      </span>
    </li>
  );
}

/** What moved since the workshop: counts of actions and goals, and each source's level. */
export function ProgressView({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const p = followUpProgress(f);
  return (
    <section class="panel fu-progress" aria-labelledby="fu-progress-title">
      <h2 id="fu-progress-title">{t('followup.progress.title')}</h2>
      <ul class="fu-figures">
        <li>
          <strong>
            {t('followup.progress.actions', { done: p.actions.done, total: p.actions.total })}
          </strong>
        </li>
        <li>{t('followup.progress.inProgress', { count: p.actions.inProgress })}</li>
        <li>{t('followup.progress.notStarted', { count: p.actions.notStarted })}</li>
        <li>
          <strong>
            {t('followup.progress.goals', { reached: p.goals.reached, total: p.goals.total })}
          </strong>
        </li>
        <li>{t('followup.progress.rose', { count: p.levels.rose })}</li>
        <li>
          {t('followup.progress.atTarget', {
            count: p.levels.atTarget,
            total: p.levels.withTarget,
          })}
        </li>
      </ul>
      <div class="cp-chart">
        <h3>{t('followup.chart.title')}</h3>
        <div class="cp-legend" aria-hidden="true">
          <span>
            <span class="fu-swatch-before" />
            {t('followup.chart.legendBefore')}
          </span>
          <span>
            <span class="cp-swatch today" />
            {t('followup.chart.legendNow')}
          </span>
          <span>
            <span class="cp-swatch target" />
            {t('followup.chart.legendTarget')}
          </span>
        </div>
        {PARTS.map((part) => (
          <div key={part} class="cp-group">
            <h4>{t(`parts.${part}`)}</h4>
            <div class="cp-axis" aria-hidden="true">
              <span class="cp-axis-track">
                {LEVELS.map((l) => (
                  <span key={l} style={{ left: at(l) }}>
                    {l}
                  </span>
                ))}
              </span>
            </div>
            <ul class="cp-rows">
              {(SOURCES[part] as readonly string[]).map((id) => (
                <Row
                  key={id}
                  source={t(`sources.${part}.${id}` as 'sources.customer.surveys')}
                  check={levelChecks(f, part)[id]}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
