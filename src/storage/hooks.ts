import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { Assessment } from '../domain/workshop';
import type { FollowUp } from '../domain/follow-up';
import type { QuickCheck } from '../domain/quick-check';
import type { AssessmentSummary } from './db';
import type { GroupMember } from './groups';
import { store } from './door';

type Store = Awaited<ReturnType<typeof store>>;

/**
 * The answer of a query over the stored data, kept up to date with every change in any tab
 * (Dexie's liveQuery, once the store has loaded): undefined until the first answer. Changing
 * `deps` asks again; the previous answer shows until the new one comes. A failure is thrown
 * where the component renders, for its error boundary to show.
 */
function useLive<T>(query: (s: Store) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const state = useRef<{ result: T | undefined; error: unknown }>({
    result: undefined,
    error: null,
  });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let subscription: { unsubscribe: () => void } | undefined;
    let stopped = false;
    const fail = (error: unknown) => {
      if (stopped) return;
      state.current = { ...state.current, error };
      rerender(0);
    };
    store().then((s) => {
      if (stopped) return;
      subscription = s
        .liveQuery(() => query(s))
        .subscribe({
          next: (result) => {
            state.current = { result, error: null };
            rerender(0);
          },
          error: fail,
        });
    }, fail);
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
    // The caller's deps are the query's inputs, as with useEffect itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (state.current.error) throw state.current.error;
  return state.current.result;
}

/**
 * The assessment with this id, kept up to date with every change in any tab:
 * undefined while loading, null when there is none.
 */
export function useAssessment(id: string): Assessment | null | undefined {
  return useLive(async (s) => (await s.getAssessment(id)) ?? null, [id]);
}

/** Summaries of all assessments, live; undefined while loading. */
export function useAssessmentList(): AssessmentSummary[] | undefined {
  return useLive((s) => s.listAssessments(), []);
}

/** When the last backup file was made on this device: null if never, undefined while loading. */
export function useLastBackupAt(): string | null | undefined {
  return useLive((s) => s.lastBackupAt(), []);
}

/** One follow-up, live: undefined while loading, null when there is none. */
export function useFollowUp(id: string): FollowUp | null | undefined {
  return useLive(async (s) => (await s.getFollowUp(id)) ?? null, [id]);
}

/** The follow-ups of an assessment, newest first, live; undefined while loading. */
export function useFollowUps(assessmentId: string): FollowUp[] | undefined {
  return useLive((s) => s.listFollowUps(assessmentId), [assessmentId]);
}

/** One quick check, live: undefined while loading, null when there is none. */
export function useQuickCheck(id: string): QuickCheck | null | undefined {
  return useLive(async (s) => (await s.getQuickCheck(id)) ?? null, [id]);
}

/** Every quick check, newest first, live; undefined while loading. */
export function useQuickChecks(): QuickCheck[] | undefined {
  return useLive((s) => s.listQuickChecks(), []);
}

/** The quick checks of an assessment, newest first, live; undefined while loading. */
export function useQuickChecksOf(assessmentId: string): QuickCheck[] | undefined {
  return useLive((s) => s.quickChecksOf(assessmentId), [assessmentId]);
}

/** The businesses of a group with their latest follow-ups, live; undefined while loading. */
export function useGroup(name: string): GroupMember[] | undefined {
  return useLive((s) => s.listGroup(name), [name]);
}
