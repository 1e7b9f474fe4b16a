import { useTranslation } from 'react-i18next';
import {
  importantField,
  LEVELS,
  ratingField,
  TOP_LEVEL,
  type Level,
  type Part,
} from '../../../../domain/workshop';
import { ratings, sourceSummary } from '../../../../domain/scoring';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { autosave } from '../../../../storage';
import { useOptimistic } from '../../../components/use-optimistic';
import type { StepProps } from '../step-props';

type Rated = ReturnType<typeof ratings>[number];

function SourceCard({ a, part, r }: StepProps & { part: Part; r: Rated }) {
  const { t } = useTranslation();
  const name = t(`sources.${part}.${r.id}` as 'sources.customer.surveys');
  const options = LEVELS.map((l) => ({
    value: l,
    label: String(l),
    detail: t(`levels.${l}.short`),
  }));
  const save = (key: 'level' | 'target', value: Level) =>
    void autosave.choose(ratingField(a.id, part, r.id, key), value);
  const [important, setImportant] = useOptimistic(r.important);
  const status =
    r.level === null || r.target === null
      ? null
      : r.gap > 0
        ? t('sourcesStep.gap', { count: r.gap })
        : t('sourcesStep.noGap');
  return (
    <li class={`source-card panel${important ? ' important' : ''}`}>
      <h3 class="source-name">{name}</h3>
      <label class="check">
        <input
          type="checkbox"
          checked={important}
          onChange={(e) => {
            setImportant(e.currentTarget.checked);
            void autosave.choose(importantField(a.id, part, r.id), e.currentTarget.checked);
          }}
        />
        <span>{t('sourcesStep.important')}</span>
      </label>
      {important && r.target !== null && r.target < TOP_LEVEL && (
        <p class="hint warn">{t('sourcesStep.importantHint')}</p>
      )}
      <div class="level-pair">
        <div>
          <ChoiceGroup
            legend={t('sourcesStep.levelLegend', { source: name })}
            options={options}
            value={r.level}
            onChange={(v) => save('level', v)}
            visibleLegend={t('sourcesStep.level')}
            layout="grid2"
          />
          {r.level !== null && <p class="level-meaning">{t(`levels.${r.level}.long`)}</p>}
        </div>
        <div>
          <ChoiceGroup
            legend={t('sourcesStep.targetLegend', { source: name })}
            options={options}
            value={r.target}
            onChange={(v) => save('target', v)}
            visibleLegend={t('sourcesStep.target')}
            layout="grid2"
          />
          {r.target !== null && <p class="level-meaning">{t(`levels.${r.target}.long`)}</p>}
        </div>
      </div>
      {status && (
        <p class={`gap-badge${r.gap > 0 ? ' open' : ' met'}`} aria-live="polite">
          {status}
        </p>
      )}
    </li>
  );
}

/** Rates each information source of a part: level today, target level, and the most important ones. */
export function SourcesStep({ a, part }: StepProps & { part: Part }) {
  const { t } = useTranslation();
  const rows = ratings(a, part);
  const summary = sourceSummary(a, part);
  return (
    <>
      <details class="panel scale-help">
        <summary>{t('sourcesStep.scaleTitle')}</summary>
        <dl>
          {LEVELS.map((l) => (
            <div key={l}>
              <dt>{l}</dt>
              <dd>{t(`levels.${l}.long`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('sourcesStep.scaleImportant')}</p>
      </details>
      <p class="summary-line" aria-live="polite">
        {t('sourcesStep.summary', {
          rated: summary.rated,
          total: summary.total,
          gaps: summary.withGap,
        })}
      </p>
      <ol class="source-list">
        {rows.map((r) => (
          <SourceCard key={r.id} a={a} part={part} r={r} />
        ))}
      </ol>
    </>
  );
}
