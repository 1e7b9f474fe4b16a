import { useTranslation } from 'react-i18next';
import type { Entry, Layout } from './entries';
import { isStacked, nameShare } from './slides';

/** An answer, or a quiet "no answer yet"; in a table a dash says it without filling the row. */
function Value({ text, short = false }: { text: string; short?: boolean }) {
  const { t } = useTranslation();
  if (text.trim()) return <span class="present-value">{text}</span>;
  if (!short) return <span class="present-none">{t('present.noAnswer')}</span>;
  return (
    <span class="present-none">
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">{t('present.noAnswer')}</span>
    </span>
  );
}

function Mark({ mark }: { mark: string | undefined }) {
  return mark ? (
    <span class="present-mark">
      <span aria-hidden="true">★ </span>
      {mark}
    </span>
  ) : null;
}

/** One slide of a step: its entries as the rows of a table or as cards. */
export function SlideView({ entries, layout }: { entries: readonly Entry[]; layout: Layout }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p class="present-empty">{t('present.empty')}</p>;
  if (layout === 'table') {
    const heads = entries[0].answers.map((a) => a.label);
    return (
      <table class="present-table">
        <thead>
          <tr>
            <th scope="col" style={{ width: `${Math.round(nameShare(heads.length) * 100)}%` }}>
              <span class="visually-hidden">{t('present.item')}</span>
            </th>
            {heads.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.key}>
              <th scope="row">
                {e.title} <Mark mark={e.mark} />
              </th>
              {e.answers.map((a, i) => (
                <td key={i} data-label={a.label}>
                  <Value text={a.value} short />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <ul class="present-cards">
      {entries.map((e) => (
        <li key={e.key} class="present-card">
          <h2>
            {e.title} <Mark mark={e.mark} />
          </h2>
          <dl class={e.answers.length === 1 ? 'single' : isStacked(e) ? 'stacked' : undefined}>
            {e.answers.map((a, i) => (
              <div key={i}>
                <dt>{a.label}</dt>
                <dd>
                  <Value text={a.value} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
