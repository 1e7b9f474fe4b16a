import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';

/** The filter's value when every assessment is shown. */
export const ALL_GROUPS = '';

interface Props {
  readonly groups: readonly string[];
  readonly value: string;
  readonly onChange: (group: string) => void;
}

/** Shows the assessments of one group only, with a link to that group's view. */
export function GroupFilter({ groups, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div class="field group-filter">
      <label for={id}>{t('groups.filter')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value={ALL_GROUPS}>{t('groups.all')}</option>
        {groups.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
      {value !== ALL_GROUPS && (
        <p>
          <a href={`/groups/${encodeURIComponent(value)}`}>{t('groups.open', { name: value })}</a>
        </p>
      )}
    </div>
  );
}
