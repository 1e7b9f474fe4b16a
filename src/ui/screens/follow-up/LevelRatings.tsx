import { useTranslation } from 'react-i18next';
import { LEVELS, PARTS, SOURCES } from '../../../domain/workshop';
import { levelChecks, levelNowField, type FollowUp } from '../../../domain/follow-up';
import { autosave } from '../../../storage';
import { ChoiceGroup } from '../../components/ChoiceGroup';

/** Every source rated again 0–3, with the workshop's level and the target beside it. */
export function LevelRatings({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const dash = '–';
  return (
    <section class="panel" aria-labelledby="fu-levels-title">
      <h2 id="fu-levels-title">{t('followup.levels.title')}</h2>
      <p class="hint">{t('followup.levels.hint')}</p>
      {PARTS.map((part) => (
        <div key={part} class="fu-level-group">
          <h3>{t(`parts.${part}`)}</h3>
          {(SOURCES[part] as readonly string[]).map((id) => {
            const check = levelChecks(f, part)[id];
            const source = t(`sources.${part}.${id}` as 'sources.customer.surveys');
            return (
              <div key={id} class="fu-level">
                <ChoiceGroup
                  legend={t('followup.levels.legend', { source })}
                  visibleLegend={source}
                  value={check.now}
                  options={LEVELS.map((l) => ({ value: l, label: String(l) }))}
                  onChange={(l) => void autosave.choose(levelNowField(f.id, part, id), l)}
                />
                <p class="hint">
                  {t('followup.levels.beforeTarget', {
                    before: check.before ?? dash,
                    target: check.target ?? dash,
                  })}
                </p>
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}
