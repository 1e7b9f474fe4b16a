/** How many days ahead the home screen starts to point out a coming checkpoint. */
export const CHECKPOINT_NEAR_DAYS = 14;

/**
 * Where an assessment's checkpoint stands today: nothing to show (no date, or still far off),
 * coming within two weeks, today, or passed, when it is time for the follow-up.
 */
export type CheckpointState =
  | { readonly kind: 'none' }
  | { readonly kind: 'later'; readonly days: number }
  | { readonly kind: 'near'; readonly days: number }
  | { readonly kind: 'today' }
  | { readonly kind: 'passed'; readonly days: number };

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === iso ? t / 86_400_000 : null;
}

/**
 * The state of a checkpoint on `date` as seen on `today` (both YYYY-MM-DD in the user's own
 * time zone, so that "today" turns at the user's midnight). Days count calendar days.
 */
export function checkpointState(date: string, today: string): CheckpointState {
  const due = dayNumber(date);
  const now = dayNumber(today);
  if (due === null || now === null) return { kind: 'none' };
  const days = due - now;
  if (days === 0) return { kind: 'today' };
  if (days < 0) return { kind: 'passed', days: -days };
  return days <= CHECKPOINT_NEAR_DAYS ? { kind: 'near', days } : { kind: 'later', days };
}
