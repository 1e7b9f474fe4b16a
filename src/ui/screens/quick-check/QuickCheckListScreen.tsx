import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { QUICK_STATEMENTS } from '../../../domain/quick-check';
import { quickCheckResult } from '../../../domain/quick-check-answers';
import { formatDay } from '../../../i18n/format';
import {
  createQuickCheck,
  deleteQuickCheck,
  reinstateQuickCheck,
  useQuickChecks,
} from '../../../storage';
import { ErrorMessage, useStorageAdvice } from '../../components/ErrorMessage';
import {
  forgetDeletedQuickCheck,
  rememberDeletedQuickCheck,
  useRecentlyDeletedQuickCheck,
} from '../../components/recently-deleted';
import { UndoBar } from '../../components/UndoBar';
import { usePageTitle } from '../../components/use-page-title';
import './quick-check.css';

/** What the quick check is, a way to start one, and the quick checks done on this device. */
export function QuickCheckListScreen() {
  const { t, i18n } = useTranslation();
  const { route } = useLocation();
  const advice = useStorageAdvice();
  const list = useQuickChecks();
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('quickCheck.title'));
  const start = async () => {
    try {
      const q = await createQuickCheck();
      route(`/quick-check/${q.id}`);
    } catch (e) {
      setError(t('quickCheck.startFailed', { reason: advice(e) }));
    }
  };
  const deleted = useRecentlyDeletedQuickCheck();
  // Deleting needs no second question: the undo stays for a few seconds.
  const remove = async (id: string) => {
    try {
      const removed = await deleteQuickCheck(id);
      if (removed) rememberDeletedQuickCheck(removed);
    } catch (e) {
      setError(t('quickCheck.deleteFailed', { reason: advice(e) }));
    }
  };
  const any = (list?.length ?? 0) > 0;
  return (
    <div class="screen">
      <UndoBar
        message={
          deleted &&
          t('backup.deleted', {
            name: t('quickCheck.doneOn', { date: formatDay(deleted.createdAt, i18n.language) }),
          })
        }
        onUndo={async () => {
          if (!deleted) return;
          await reinstateQuickCheck(deleted);
          forgetDeletedQuickCheck();
        }}
      />
      <a class="back-link" href="/">
        {t('app.home')}
      </a>
      <h1>{t('quickCheck.title')}</h1>
      <p class="lead">{t('quickCheck.intro', { number: QUICK_STATEMENTS.length })}</p>
      <button type="button" class="button primary wide" onClick={() => void start()}>
        {any ? t('quickCheck.startAgain') : t('quickCheck.start')}
      </button>
      <ErrorMessage message={error} />
      {any && <p class="hint">{t('quickCheck.againHint')}</p>}
      {list === undefined ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        any && (
          <section aria-labelledby="qc-earlier">
            <h2 id="qc-earlier">{t('quickCheck.earlier')}</h2>
            <ul class="card-list">
              {list.map((q) => {
                const r = quickCheckResult(q.answers);
                const date = formatDay(q.createdAt, i18n.language);
                return (
                  <li key={q.id} class="card">
                    <a
                      class="card-link"
                      href={`/quick-check/${q.id}${r.complete ? '/result' : ''}`}
                    >
                      <span class="card-title">{t('quickCheck.doneOn', { date })}</span>
                    </a>
                    <span class="card-meta">
                      {r.complete
                        ? r.focus.map((id) => t(`quickCheck.areas.${id}.title`)).join(' · ') ||
                          t('quickCheck.noFocus')
                        : t('quickCheck.notFinished', { answered: r.answered, total: r.total })}
                    </span>
                    <button
                      type="button"
                      class="button danger-outline card-delete"
                      aria-label={t('quickCheck.deleteOne', {
                        name: t('quickCheck.doneOn', { date }),
                      })}
                      onClick={() => void remove(q.id)}
                    >
                      {t('quickCheck.delete')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        )
      )}
    </div>
  );
}
