/**
 * The one door to the stored data. Dexie and the code that uses it (store.ts) load after the
 * first screen is drawn, started as early as possible by `openEarly`; every function here
 * waits for it and then does the same as its namesake in the store. Types come along for free.
 */
type Store = typeof import('./store');

let loading: Promise<Store> | undefined;

/** The store, loaded once; a failed load (a lost connection mid-update) is tried again. */
export function store(): Promise<Store> {
  loading ??= import('./store').catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

type AsyncFunctions = {
  [K in keyof Store]: Store[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof Store];

/** The store's function of that name, called once the store is there. */
function later<K extends AsyncFunctions>(name: K): Store[K] {
  const call = async (...args: unknown[]) => {
    const fn = (await store())[name] as (...a: unknown[]) => Promise<unknown>;
    return fn(...args);
  };
  return call as Store[K];
}

export const createAssessment = later('createAssessment');
export const listAssessments = later('listAssessments');
export const getAssessment = later('getAssessment');
export const updateAssessment = later('updateAssessment');
export const deleteAssessment = later('deleteAssessment');
export const reinstateAssessment = later('reinstateAssessment');
export const reinstateAssessments = later('reinstateAssessments');
export const createFollowUp = later('createFollowUp');
export const listFollowUps = later('listFollowUps');
export const getFollowUp = later('getFollowUp');
export const updateFollowUp = later('updateFollowUp');
export const deleteFollowUp = later('deleteFollowUp');
export const reinstateFollowUp = later('reinstateFollowUp');
export const listGroup = later('listGroup');
export const deleteGroup = later('deleteGroup');
export const createQuickCheck = later('createQuickCheck');
export const listQuickChecks = later('listQuickChecks');
export const quickChecksOf = later('quickChecksOf');
export const getQuickCheck = later('getQuickCheck');
export const deleteQuickCheck = later('deleteQuickCheck');
export const reinstateQuickCheck = later('reinstateQuickCheck');
export const updateQuickCheck = later('updateQuickCheck');
export const startedFromQuickCheck = later('startedFromQuickCheck');
export const startWorkshopFrom = later('startWorkshopFrom');
export const exportBackup = later('exportBackup');
export const deleteAllData = later('deleteAllData');
export const lastBackupAt = later('lastBackupAt');

/**
 * Starts loading the store and opening the database now, so that both are ready when the first
 * screen asks; a failure is reported by that first query, where the screen can show it.
 */
export function openEarly(): void {
  store()
    .then((s) => s.openEarly())
    .catch(() => undefined);
}

export type { AssessmentSummary } from './db';
export type { DeletedAssessment } from './repository';
export type { GroupMember } from './groups';
