import type { TFunction } from 'i18next';
import type { Assessment } from '../domain/assessment';
import { loadFonts, type PdfFonts } from './fonts';
import { buildReport } from './report';
import { renderPdf } from './render';

export { buildReport } from './report';
export { renderPdf } from './render';
export type { Report } from './model';

let fonts: Promise<PdfFonts> | null = null;

/**
 * Makes the action-plan PDF of an assessment in the language of `t`. Loaded with import() only
 * when a PDF is asked for; the fonts are fetched once (from the app, cached for offline use).
 */
export async function makePlanPdf(
  a: Assessment,
  t: TFunction,
  lng: string,
  today: string,
): Promise<{ blob: Blob; fileName: string }> {
  fonts ??= loadFonts().catch((e: unknown) => {
    fonts = null;
    throw e;
  });
  const report = buildReport(a, t, lng, today);
  return { blob: renderPdf(report, await fonts), fileName: report.fileName };
}
