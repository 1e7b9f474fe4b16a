import { useTranslation } from 'react-i18next';
import type { FieldRef } from '../../../domain/changes';
import { PROGRESS, type FollowUpItem, type ProgressStatus } from '../../../domain/follow-up';
import { autosave } from '../../../storage';
import { formatDate } from '../../../i18n/format';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextField } from '../../components/TextField';

/**
 * One planned action or goal: what was agreed (read-only), its status (saved at once) and a
 * comment (saved as typed). An action names its source; one with no steps written is titled by
 * its source and says that no steps were written.
 */
export function ItemCard(props: {
  status: FieldRef<ProgressStatus | null>;
  comment: FieldRef<string>;
  item: FollowUpItem;
  title: string;
  /** The source of an action; none for a goal. */
  source?: string;
}) {
  const { t, i18n } = useTranslation();
  const { item, status, comment, title, source } = props;
  // An action's title is the first line of its steps: below it, only the lines after it.
  const rest = item.title && item.steps.startsWith(`${item.title}\n`);
  const steps = rest
    ? item.steps.slice(item.title.length + 1).trim()
    : item.steps.trim() !== item.title.trim()
      ? item.steps
      : '';
  const noSteps = source !== undefined && item.steps.trim() === '';
  return (
    <li class="fu-item">
      <h4>{title}</h4>
      {steps && <p class="fu-steps">{steps}</p>}
      {noSteps && <p class="hint">{t('followup.items.noSteps')}</p>}
      <dl class="details">
        {source !== undefined && source !== title && (
          <div>
            <dt>{t('followup.items.source')}</dt>
            <dd>{source}</dd>
          </div>
        )}
        {item.date && (
          <div>
            <dt>{t('followup.items.date')}</dt>
            <dd>{formatDate(item.date, i18n.language)}</dd>
          </div>
        )}
        {item.responsible && (
          <div>
            <dt>{t('followup.items.responsible')}</dt>
            <dd>{item.responsible}</dd>
          </div>
        )}
      </dl>
      <ChoiceGroup
        legend={t('followup.items.status', { title })}
        visibleLegend={t('followup.items.statusShort')}
        layout="stack"
        value={item.status}
        options={PROGRESS.map((s) => ({ value: s, label: t(`followup.status.${s}`) }))}
        onChange={(s) => void autosave.choose(status, s)}
      />
      <TextField
        field={comment}
        value={item.comment}
        label={t('followup.items.comment', { title })}
        multiline
      />
    </li>
  );
}
