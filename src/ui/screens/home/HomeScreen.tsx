import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDay, formatPercent } from '../../../i18n/format';
import { useAssessmentList, type AssessmentSummary } from '../../../storage';
import { ProgressBar } from '../../components/ProgressBar';
import { usePageTitle } from '../../components/use-page-title';
import { BackupReminder } from './BackupReminder';
import { CheckpointBadge } from './CheckpointBadge';
import { UndoDelete } from './UndoDelete';
import { HomeQuickCheck } from '../quick-check/HomeQuickCheck';
import { InstallHint } from '../your-data/InstallHint';
import { GroupFilter, ALL_GROUPS, NO_GROUP, inFilter } from './GroupFilter';
import { groupNames } from '../../../domain/workshop/group';

const PAGE = 50;

function AssessmentCard({ a }: { a: AssessmentSummary }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <li class="card assessment-card">
      <a href={`/a/${a.id}`} class="card-link">
        <span class="card-title">{a.name}</span>
      </a>
      <CheckpointBadge date={a.checkpointDate} />
      <span class="card-meta">{t(`perspective.${a.perspective}.label`)}</span>
      <span class="card-meta">
        {a.workshopDate
          ? t('home.workshopOn', { date: formatDate(a.workshopDate, lng) })
          : t('home.noDate')}
      </span>
      <span class="card-meta">{t('home.changedOn', { date: formatDay(a.updatedAt, lng) })}</span>
      <span class="card-progress">
        <ProgressBar share={a.progress} />
        <span>{t('home.filled', { percent: formatPercent(a.progress, lng) })}</span>
      </span>
    </li>
  );
}

/** The start screen: every assessment on this device, and a way to begin a new one. */
export function HomeScreen() {
  const { t } = useTranslation();
  const list = useAssessmentList();
  // A facilitator may keep hundreds of businesses: draw a page at a time.
  const [shown, setShown] = useState(PAGE);
  const [group, setGroup] = useState(ALL_GROUPS);
  const groups = groupNames((list ?? []).map((a) => a.group));
  const someWithout = (list ?? []).some((a) => inFilter(NO_GROUP, a.group));
  const chosen = groups.includes(group) || (group === NO_GROUP && someWithout) ? group : ALL_GROUPS;
  const visible = (list ?? []).filter((a) => inFilter(chosen, a.group));
  usePageTitle(t('home.title'));
  return (
    <div class="screen">
      <UndoDelete />
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <a class="button primary wide" href="/new">
        {t('home.new')}
      </a>
      <HomeQuickCheck />
      {list === undefined ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <div class="empty">
          <p>
            <strong>{t('home.empty')}</strong>
          </p>
          <p>{t('home.emptyHint')}</p>
        </div>
      ) : (
        <>
          <BackupReminder list={list} />
          {groups.length > 0 && (
            <GroupFilter
              groups={groups}
              value={chosen}
              someWithout={someWithout}
              onChange={setGroup}
            />
          )}
          <ul class="card-list" aria-label={t('home.title')}>
            {visible.slice(0, shown).map((a) => (
              <AssessmentCard key={a.id} a={a} />
            ))}
          </ul>
          {visible.length > shown && (
            <button type="button" class="button wide" onClick={() => setShown(shown + PAGE)}>
              {t('home.showMore', {
                count: Math.min(PAGE, visible.length - shown),
                total: visible.length,
              })}
            </button>
          )}
        </>
      )}
      <p>
        <a href="/backup">{t('backup.title')}</a>
      </p>
      {/* Only once the list is drawn: appearing before it, the hint would be pushed down. */}
      {list !== undefined && <InstallHint />}
    </div>
  );
}
