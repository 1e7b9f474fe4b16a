// A table of score selects (?rows=&cols=, as many as the app's grid): a change writes one field
// of one record in one Dexie transaction, marks the commit, and the table redraws from the
// live query.
import { useLiveQuery } from 'dexie-react-hooks';
import { SAVE_COMMITTED, db } from './db';
import { useText } from './use-text';

const params = new URLSearchParams(location.search);
const ROWS = Number(params.get('rows') ?? 20);
const COLS = Number(params.get('cols') ?? 7);
const SCORES = [1, 2, 3, 4, 5];

async function save(key: string, score: number | null) {
  await db.transaction('rw', db.grids, async () => {
    const changed = await db.grids.update('g', { [`cells.${key}`]: score });
    if (!changed) await db.grids.put({ id: 'g', cells: { [key]: score } });
  });
  performance.mark(SAVE_COMMITTED);
}

export function Grid() {
  const t = useText();
  const grid = useLiveQuery(async () => (await db.grids.get('g')) ?? { id: 'g', cells: {} });
  if (!grid) return null;
  return (
    <table>
      <tbody>
        {Array.from({ length: ROWS }, (_, r) => (
          <tr key={r}>
            {Array.from({ length: COLS }, (_, c) => {
              const key = `r${r}c${c}`;
              return (
                <td key={key}>
                  <select
                    aria-label={t('score', { row: r + 1, col: c + 1 })}
                    value={String(grid.cells[key] ?? '')}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      void save(key, v ? Number(v) : null);
                    }}
                  >
                    <option value="">–</option>
                    {SCORES.map((s) => (
                      <option key={s} value={String(s)}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
