import { useTranslation } from 'react-i18next';
import { setAt } from '../../../domain/changes';
import { PROGRESS, type FollowUpItem } from '../../../domain/follow-up';
import { formatDate } from '../../../i18n/format';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextField } from '../../components/TextField';
import { followUpWrite, saveFollowUpChoice } from './save';

/**
 * One planned action or goal: what was agreed (read-only), its status (saved at once) and a
 * comment (saved as typed).
 */
export function ItemCard(props: {
  followUpId: string;
  path: readonly string[];
  item: FollowUpItem;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const { item, followUpId, path, title } = props;
  const steps = item.steps.trim() !== item.title.trim() ? item.steps : '';
  return (
    <li class="fu-item">
      <h4>{title}</h4>
      {steps && <p class="fu-steps">{steps}</p>}
      <dl class="details">
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
        onChange={(s) => void saveFollowUpChoice(followUpId, setAt([...path, 'status'], s))}
      />
      <TextField
        assessmentId={followUpId}
        write={followUpWrite(followUpId)}
        path={[...path, 'comment']}
        value={item.comment}
        label={t('followup.items.comment', { title })}
        multiline
      />
    </li>
  );
}
