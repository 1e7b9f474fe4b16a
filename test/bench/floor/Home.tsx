// The first screen (a heading, a paragraph and a list) and the home list: the 50 newest rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useText } from './use-text';
import { db } from './db';

const day = new Intl.DateTimeFormat('fi-FI', { dateStyle: 'medium' });

export function Home() {
  const t = useText();
  const rows = useLiveQuery(() => db.rows.orderBy('updatedAt').reverse().limit(50).toArray());
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {rows && (
        <ul class="card-list">
          {rows.length === 0 && <li>{t('empty')}</li>}
          {rows.map((r) => (
            <li key={r.id}>
              <a href={`/r/${r.id}`}>{r.name}</a>{' '}
              <span>{t('changed', { date: day.format(new Date(r.updatedAt)) })}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
