import type { TFunction } from 'i18next';
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import {
  GROUP_COLUMNS,
  movement,
  type ColumnAverage,
  type ColumnMovement,
  type GroupCell,
  type GroupRow,
  type GroupSort,
  type SortDirection,
} from '../../../domain/group';
import { PARTS, SOURCES } from '../../../domain/workshop';
import { intlLocale } from '../../../i18n/format';
import { cellTexts, type CellTexts } from './cell-texts';
import { useCatchUp } from './use-catch-up';

/** What the cells show: the level now and the target, or the movement since the workshop. */
export type GroupMode = 'levels' | 'movement';

interface Props {
  readonly rows: readonly GroupRow[];
  readonly averages: readonly ColumnAverage[];
  readonly movements: readonly ColumnMovement[];
  readonly mode: GroupMode;
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
    <th
      scope="col"
      role="columnheader"
      class={props.cls}
      aria-sort={active ? props.sort.direction : 'none'}
    >
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

function levelCell(c: GroupCell, i: number, texts: CellTexts) {
  if (c.level === null && c.target === null) {
    return (
      <td key={i} role="cell" class="group-cell is-unrated">
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{texts.notRated}</span>
      </td>
    );
  }
  return (
    <td key={i} role="cell" class={`group-cell level-${c.level ?? 'none'}`}>
      <span aria-hidden="true" class="cell-figures">
        {c.level ?? '–'}→{c.target ?? '–'}
        {c.gap > 0 && <span class="cell-mark">▲</span>}
        {c.important && <span class="cell-mark">★</span>}
      </span>
      <span class="visually-hidden">{texts.level(c)}</span>
    </td>
  );
}

const arrow = (n: number) => (n > 0 ? '↑' : n < 0 ? '↓' : '=');

function movementCell(row: GroupRow, i: number, texts: CellTexts) {
  const c = row.cells[i];
  const n = movement(row, i);
  if (n === null || c.before === null || c.level === null) {
    return (
      <td key={i} role="cell" class="group-cell is-unrated">
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">
          {row.followUpDate === '' ? texts.notFollowedUp : texts.notRated}
        </span>
      </td>
    );
  }
  return (
    <td key={i} role="cell" class={`group-cell move-${n > 0 ? 'up' : n < 0 ? 'down' : 'same'}`}>
      <span aria-hidden="true" class="cell-figures">
        {c.before}→{c.level} <span class="cell-mark">{arrow(n)}</span>
      </span>
      <span class="visually-hidden">{texts.movement(c.before, c.level)}</span>
    </td>
  );
}

/** One business; drawn again only when its figures, the view or the language change. */
const BusinessRow = memo(function BusinessRow({
  r,
  mode,
  t,
  texts,
}: {
  r: GroupRow;
  mode: GroupMode;
  t: TFunction;
  texts: CellTexts;
}) {
  return (
    <tr
      role="row"
      class={mode === 'movement' && r.followUpDate === '' ? 'not-followed-up' : undefined}
      data-view={mode}
    >
      <th scope="row" role="rowheader" class="first">
        <a href={`/a/${r.id}`}>{r.name}</a>
      </th>
      <td role="cell" class="number">
        {r.totalGap}
      </td>
      <td role="cell" class="plan">
        {r.plan === null
          ? t('group.noFollowUp')
          : r.plan.total === 0
            ? t('group.noPlan')
            : t('group.planValue', { ...r.plan })}
      </td>
      {mode === 'levels'
        ? r.cells.map((c, i) => levelCell(c, i, texts))
        : r.cells.map((_, i) => movementCell(r, i, texts))}
    </tr>
  );
});

/** The heatmap: one row per business, one column per source, with an average row below. */
export function GroupTable(props: Props) {
  const { t, i18n } = useTranslation();
  const texts = useMemo(() => cellTexts(t), [t]);
  const viewOf = useCatchUp(props.rows.length, props.mode);
  const number = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });
  const avg = (x: number | null) => (x === null ? '–' : number.format(x));
  const signed = (x: number | null) =>
    x === null ? '–' : x > 0 ? `+${number.format(x)}` : x < 0 ? `−${number.format(-x)}` : '0';
  return (
    <section aria-labelledby="group-table-title">
      <h2 id="group-table-title">{t('group.tableTitle')}</h2>
      <p class="hint">{t(props.mode === 'levels' ? 'group.legend' : 'group.movementLegend')}</p>
      <p class="hint">{t('group.scrollHint')}</p>
      <div class="group-table-wrap" tabIndex={0} role="region" aria-labelledby="group-table-title">
        {/*
          Each row is laid out as a grid of fixed columns, so that the browser lays out and paints
          only the rows on the screen (content-visibility); the roles keep it a table for screen
          readers, which a change of display would otherwise lose.
        */}
        <table class="group-table" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <td role="cell" class="corner" />
              <td role="cell" class="span-2" />
              {PARTS.map((part) => (
                <th
                  scope="colgroup"
                  role="columnheader"
                  colSpan={SOURCES[part].length}
                  key={part}
                  class="part-head"
                  style={{ gridColumn: `span ${SOURCES[part].length}` }}
                >
                  {t(`group.partHead.${part}`)}
                </th>
              ))}
            </tr>
            <tr role="row">
              <SortHeader {...props} by="business" label={t('group.business')} cls="first" />
              <SortHeader {...props} by="gap" label={t('group.totalGap')} cls="gap-head" />
              <SortHeader {...props} by="plan" label={t('group.plan')} cls="plan-head" />
              {GROUP_COLUMNS.map((c) => (
                <th
                  scope="col"
                  role="columnheader"
                  key={`${c.part}-${c.sourceId}`}
                  class="source-head"
                >
                  {t(`sources.${c.part}.${c.sourceId}` as 'sources.customer.surveys')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {props.rows.map((r, i) => {
              const mode = viewOf(i);
              return mode && <BusinessRow key={r.id} r={r} mode={mode} t={t} texts={texts} />;
            })}
          </tbody>
          <tfoot role="rowgroup">
            <tr role="row">
              <th scope="row" role="rowheader" class="first">
                {t('group.average')}
              </th>
              <td role="cell" />
              <td role="cell" />
              {props.mode === 'levels'
                ? props.averages.map((a, i) => (
                    <td key={i} role="cell" class="average-cell">
                      <span aria-hidden="true">
                        {avg(a.level)}→{avg(a.target)}
                      </span>
                      <span class="visually-hidden">
                        {t('group.averageCell', { level: avg(a.level), target: avg(a.target) })}
                      </span>
                    </td>
                  ))
                : props.movements.map((m, i) => (
                    <td key={i} role="cell" class="average-cell">
                      <span aria-hidden="true">{signed(m.average)}</span>
                      <span class="visually-hidden">
                        {m.average === null
                          ? t('group.notFollowedUp')
                          : t('group.averageMove', { value: signed(m.average) })}
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
