import { memo } from 'preact/compat';
import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { checkpointsInOrder, mostWanted, type GroupRow } from '../../../domain/group';
import { formatDate, intlLocale } from '../../../i18n/format';
import { CheckpointBadge } from '../home/CheckpointBadge';

/** Checkpoints listed before "show all": a season's group fits, a county's list waits. */
const CHECKPOINTS_SHOWN = 15;

/**
 * Beside the heatmap: the sources most businesses want to develop, and the next checkpoints in
 * date order. Drawn again only when the group's figures or the language change, not with the view.
 */
export const GroupLists = memo(function GroupLists({ rows }: { rows: readonly GroupRow[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [all, setAll] = useState(false);
  const wanted = useMemo(() => mostWanted(rows), [rows]);
  const checkpoints = useMemo(() => checkpointsInOrder(rows, intlLocale(lng)), [rows, lng]);
  const listed = all ? checkpoints : checkpoints.slice(0, CHECKPOINTS_SHOWN);
  return (
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
                  source: t(`sources.${w.part}.${w.sourceId}` as 'sources.customer.surveys'),
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
            {listed.map((r) => (
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
        {listed.length < checkpoints.length && (
          <button type="button" class="button" onClick={() => setAll(true)}>
            {t('group.checkpointsAll', { count: checkpoints.length })}
          </button>
        )}
      </section>
    </div>
  );
});
