import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import {
  checkpointsInOrder,
  columnAverages,
  columnMovements,
  groupRows,
  mostWanted,
  sortGroupRows,
  type GroupSort,
  type SortDirection,
} from '../../../domain/group';
import { formatDate, intlLocale } from '../../../i18n/format';
import { useGroup } from '../../../storage';
import { usePageTitle } from '../../components/use-page-title';
import { CheckpointBadge } from '../home/CheckpointBadge';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DeleteGroup } from './DeleteGroup';
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
  const sourceName = (part: string, sourceId: string) =>
    t(`sources.${part}.${sourceId}` as 'sources.customer.surveys');

  if (members === undefined) return <p aria-busy="true">{t('app.loading')}</p>;
  const wanted = mostWanted(rows);
  const followedUp = rows.some((r) => r.followUpDate !== '');
  const shown: GroupMode = followedUp ? mode : 'levels';
  const checkpoints = checkpointsInOrder(rows, intlLocale(lng));
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
            averages={columnAverages(rows)}
            movements={columnMovements(rows)}
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
          <div class="group-lists">
            <section class="panel" aria-labelledby="wanted-title">
              <h2 id="wanted-title">{t('group.wantedTitle')}</h2>
              {wanted.length === 0 ? (
                <p>{t('group.wantedNone')}</p>
              ) : (
                <ol>
                  {wanted.map((w) => (
                    <li key={`${w.part}-${w.sourceId}`}>
                      {t('group.wanted', {
                        source: sourceName(w.part, w.sourceId),
                        part: t(`group.part.${w.part}`),
                        count: w.businesses,
                      })}
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section class="panel" aria-labelledby="checkpoints-title">
              <h2 id="checkpoints-title">{t('group.checkpointsTitle')}</h2>
              {checkpoints.length === 0 ? (
                <p>{t('group.checkpointsNone')}</p>
              ) : (
                <ol class="group-checkpoints">
                  {checkpoints.map((r) => (
                    <li key={r.id}>
                      <span>
                        <strong>{formatDate(r.checkpoint, lng)}</strong>{' '}
                        <a href={`/a/${r.id}`}>{r.name}</a>
                      </span>{' '}
                      <CheckpointBadge date={r.checkpoint} />
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </div>
          <GroupReports members={members} group={group} />
          <DeleteGroup name={group} ids={rows.map((r) => r.id)} />
        </>
      )}
    </div>
  );
}
