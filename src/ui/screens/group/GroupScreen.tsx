import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import {
  columnAverages,
  columnMovements,
  groupRows,
  sortGroupRows,
  type GroupSort,
  type SortDirection,
} from '../../../domain/group';
import { isCalendarDate } from '../../../domain/calendar';
import { intlLocale } from '../../../i18n/format';
import { useGroup } from '../../../storage';
import { usePageTitle } from '../../components/use-page-title';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DeleteGroup } from './DeleteGroup';
import { GroupLists } from './GroupLists';
import { GroupReports } from './GroupReports';
import { GroupTable, type GroupMode } from './GroupTable';
import './group.css';

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The group view: the group's businesses side by side, the averages, the wishes, the dates. */
export function GroupScreen({ name = '' }: { name?: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const group = decoded(name);
  const members = useGroup(group);
  const [sort, setSort] = useState<{ by: GroupSort; direction: SortDirection }>({
    by: 'business',
    direction: 'ascending',
  });
  const [mode, setMode] = useState<GroupMode>('levels');
  usePageTitle(t('group.title', { name: group }));
  const rows = useMemo(() => groupRows(members ?? []), [members]);
  const sorted = useMemo(
    () => sortGroupRows(rows, sort.by, sort.direction, intlLocale(lng)),
    [rows, sort, lng],
  );

  const averages = useMemo(() => columnAverages(rows), [rows]);
  const movements = useMemo(() => columnMovements(rows), [rows]);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const dated = useMemo(() => rows.some((r) => isCalendarDate(r.checkpoint)), [rows]);

  if (members === undefined) return <p aria-busy="true">{t('app.loading')}</p>;
  const followedUp = rows.some((r) => r.followUpDate !== '');
  const shown: GroupMode = followedUp ? mode : 'levels';
  return (
    <div class="screen group-screen">
      <p>
        <a href="/">{t('group.back')}</a>
      </p>
      <h1>{t('group.title', { name: group })}</h1>
      {rows.length === 0 ? (
        <p class="empty">{t('group.empty')}</p>
      ) : (
        <>
          <p class="lead">{t('group.intro')}</p>
          {followedUp && (
            <ChoiceGroup<GroupMode>
              legend={t('group.view')}
              options={[
                { value: 'levels', label: t('group.viewLevels') },
                { value: 'movement', label: t('group.viewMovement') },
              ]}
              value={shown}
              onChange={setMode}
            />
          )}
          <GroupTable
            rows={sorted}
            mode={shown}
            averages={averages}
            movements={movements}
            sort={sort}
            onSort={(by) =>
              setSort((s) => ({
                by,
                direction:
                  s.by === by
                    ? s.direction === 'ascending'
                      ? 'descending'
                      : 'ascending'
                    : by === 'business'
                      ? 'ascending'
                      : 'descending',
              }))
            }
          />
          <GroupLists rows={rows} />
          <GroupReports members={members} group={group} dated={dated} />
          <DeleteGroup name={group} ids={ids} />
        </>
      )}
    </div>
  );
}
