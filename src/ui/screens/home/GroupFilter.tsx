import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';

/** The filter's value when every assessment is shown. */
export const ALL_GROUPS = '';
/** The filter's value for the assessments in no group; a group name never starts with a space. */
export const NO_GROUP = ' none';

/** Whether an assessment's group passes the filter's value. */
export function inFilter(value: string, group: string | undefined): boolean {
  const g = (group ?? '').trim();
  return value === ALL_GROUPS || (value === NO_GROUP ? g === '' : g === value);
}

interface Props {
  readonly groups: readonly string[];
  readonly value: string;
  /** Whether some assessments belong to no group, so that they can be picked out. */
  readonly someWithout: boolean;
  readonly onChange: (group: string) => void;
}

/** Shows the assessments of one group only, with a link to that group's view. */
export function GroupFilter({ groups, value, someWithout, onChange }: Props) {
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
        {someWithout && <option value={NO_GROUP}>{t('groups.none')}</option>}
      </select>
      {value !== ALL_GROUPS && value !== NO_GROUP && (
        <p>
          <a href={`/groups/${encodeURIComponent(value)}`}>{t('groups.open', { name: value })}</a>
        </p>
      )}
    </div>
  );
}
