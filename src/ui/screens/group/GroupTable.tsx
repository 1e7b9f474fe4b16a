import { useTranslation } from 'react-i18next';
import {
  GROUP_COLUMNS,
  type ColumnAverage,
  type GroupCell,
  type GroupRow,
  type GroupSort,
  type SortDirection,
} from '../../../domain/group';
import { PARTS, SOURCES } from '../../../domain/workshop';
import { intlLocale } from '../../../i18n/format';

interface Props {
  readonly rows: readonly GroupRow[];
  readonly averages: readonly ColumnAverage[];
  readonly sort: { readonly by: GroupSort; readonly direction: SortDirection };
  readonly onSort: (by: GroupSort) => void;
}

/** A header that sorts the table by its column; screen readers hear the order through aria-sort. */
function SortHeader(
  props: Props & { readonly by: GroupSort; readonly label: string; readonly cls?: string },
) {
  const { t } = useTranslation();
  const active = props.sort.by === props.by;
  return (
    <th scope="col" class={props.cls} aria-sort={active ? props.sort.direction : 'none'}>
      <button
        type="button"
        class="sort-button"
        aria-label={t('group.sortBy', { column: props.label })}
        onClick={() => props.onSort(props.by)}
      >
        {props.label}
        <span aria-hidden="true" class="sort-mark">
          {active ? (props.sort.direction === 'ascending' ? '↑' : '↓') : '↕'}
        </span>
      </button>
    </th>
  );
}

function Cell({ c }: { c: GroupCell }) {
  const { t } = useTranslation();
  if (c.level === null && c.target === null) {
    return (
      <td class="group-cell is-unrated">
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{t('group.notRated')}</span>
      </td>
    );
  }
  const dash = t('group.notRated');
  const spoken = [
    t('group.cell', { level: c.level ?? dash, target: c.target ?? dash }),
    c.gap > 0 ? t('group.above') : '',
    c.important ? t('group.important') : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <td class={`group-cell level-${c.level ?? 'none'}`}>
      <span aria-hidden="true" class="cell-figures">
        {c.level ?? '–'}→{c.target ?? '–'}
        {c.gap > 0 && <span class="cell-mark">▲</span>}
        {c.important && <span class="cell-mark">★</span>}
      </span>
      <span class="visually-hidden">{spoken}</span>
    </td>
  );
}

/** The heatmap: one row per business, one column per source, with an average row below. */
export function GroupTable(props: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });
  const avg = (x: number | null) => (x === null ? '–' : number.format(x));
  return (
    <section aria-labelledby="group-table-title">
      <h2 id="group-table-title">{t('group.tableTitle')}</h2>
      <p class="hint">{t('group.legend')}</p>
      <p class="hint">{t('group.scrollHint')}</p>
      <div class="group-table-wrap" tabIndex={0} role="region" aria-labelledby="group-table-title">
        <table class="group-table">
          <thead>
            <tr>
              <td class="corner" />
              <td colSpan={2} />
              {PARTS.map((part) => (
                <th scope="colgroup" colSpan={SOURCES[part].length} key={part} class="part-head">
                  {t(`group.partHead.${part}`)}
                </th>
              ))}
            </tr>
            <tr>
              <SortHeader {...props} by="business" label={t('group.business')} cls="first" />
              <SortHeader {...props} by="gap" label={t('group.totalGap')} cls="gap-head" />
              <SortHeader {...props} by="plan" label={t('group.plan')} cls="plan-head" />
              {GROUP_COLUMNS.map((c) => (
                <th scope="col" key={`${c.part}-${c.sourceId}`} class="source-head">
                  {t(`sources.${c.part}.${c.sourceId}` as 'sources.customer.surveys')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row" class="first">
                  <a href={`/a/${r.id}`}>{r.name}</a>
                </th>
                <td class="number">{r.totalGap}</td>
                <td class="plan">
                  {r.plan === null
                    ? t('group.noFollowUp')
                    : r.plan.total === 0
                      ? t('group.noPlan')
                      : t('group.planValue', { ...r.plan })}
                </td>
                {r.cells.map((c, i) => (
                  <Cell key={i} c={c} />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" class="first">
                {t('group.average')}
              </th>
              <td />
              <td />
              {props.averages.map((a, i) => (
                <td key={i} class="average-cell">
                  <span aria-hidden="true">
                    {avg(a.level)}→{avg(a.target)}
                  </span>
                  <span class="visually-hidden">
                    {t('group.averageCell', { level: avg(a.level), target: avg(a.target) })}
                  </span>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
