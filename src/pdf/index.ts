import type { TFunction } from 'i18next';
import type { Assessment } from '../domain/workshop';
import { fontsOnce } from './document';
import { buildReport } from './report';
import { buildFollowUpReport } from './follow-up-report';
import type { FollowUp } from '../domain/follow-up';
import { renderPdf } from './render';
import type { QuickCheck } from '../domain/quick-check';
import type { GroupInput } from '../domain/group';
import { groupReport } from '../domain/group-report';
import { intlLocale } from '../i18n/format';
import { renderGroupPdf } from './group-report';

export { buildReport } from './report';
export { buildFollowUpReport } from './follow-up-report';
export { renderPdf } from './render';
export type { Report } from './model';

/**
 * Gets the PDF ready before it is asked for: this code is loaded by now, and the fonts are
 * fetched and encoded once. Called when a screen with a PDF button opens, while the phone is idle.
 */
export async function warmUp(): Promise<void> {
  await fontsOnce();
}

/**
 * Makes the action-plan PDF of an assessment in the language of `t`. Loaded with import() only
 * when a PDF is asked for; the fonts are fetched once (from the app, cached for offline use).
 */
export async function makePlanPdf(
  a: Assessment,
  t: TFunction,
  lng: string,
  today: string,
  quickCheck?: QuickCheck,
): Promise<{ blob: Blob; fileName: string }> {
  const report = buildReport(a, t, lng, today, quickCheck);
  return { blob: renderPdf(report, await fontsOnce()), fileName: report.fileName };
}

/** Makes the follow-up PDF of an assessment's follow-up in the language of `t`, like the plan. */
export async function makeFollowUpPdf(
  a: Assessment,
  f: FollowUp,
  t: TFunction,
  lng: string,
  today: string,
): Promise<{ blob: Blob; fileName: string }> {
  const report = buildFollowUpReport(a, f, t, lng, today);
  return { blob: renderPdf(report, await fontsOnce()), fileName: report.fileName };
}

/**
 * Makes the group's report PDF in the language of `t`: heatmaps, averages, wishes, checkpoints,
 * goals and plan progress; anonymous, with codes instead of names and no free texts.
 */
export async function makeGroupPdf(
  members: readonly GroupInput[],
  group: string,
  t: TFunction,
  lng: string,
  today: string,
  { anonymous }: { readonly anonymous: boolean },
): Promise<{ blob: Blob; fileName: string }> {
  const report = groupReport(members, { anonymous, locale: intlLocale(lng) });
  return renderGroupPdf(report, group, t, lng, today, await fontsOnce());
}
