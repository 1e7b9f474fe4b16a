import { useEffect, useId, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ensureAllTexts, toLanguage, type Language } from '../../i18n';
import { todayIso } from '../../i18n/format';
import { flushSaves, getAssessment } from '../../storage';
import { startedFromQuickCheck } from '../../storage';
import { LanguagePicker } from './LanguagePicker';
import { ExportStatus, useFileExport } from './use-file-export';
import './print.css';

/**
 * Loads the PDF code and its fonts while the phone is idle, so that the first PDF of a visit is
 * not the slow one. A failure here is of no consequence: the button loads them again.
 */
function useWarmPdf() {
  useEffect(() => {
    const warm = () => void import('../../pdf').then((m) => m.warmUp()).catch(() => undefined);
    if ('requestIdleCallback' in window) {
      const handle = requestIdleCallback(warm, { timeout: 3000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(warm, 500);
    return () => clearTimeout(handle);
  }, []);
}

/** Makes a PDF in a language (its texts are loaded by then); the plan's maker by default. */
export type MakePdf = (
  t: TFunction,
  lng: Language,
  today: string,
) => Promise<{ blob: Blob; fileName: string }>;

/**
 * Makes the action-plan PDF (or, with `make`, another PDF such as a follow-up's) in a language of the user's choice (the UI's by default) and hands
 * it over. The PDF code loads only now, and the half-filled form stays as it is.
 */
export function PdfExport({
  assessmentId,
  print = false,
  make: makeOther,
  title,
  download,
}: {
  assessmentId: string;
  print?: boolean;
  make?: MakePdf;
  title?: string;
  download?: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [lng, setLng] = useState<Language>(toLanguage(i18n.language));
  const file = useFileExport({
    making: t('pdf.making'),
    made: (name) => t('pdf.made_ok', { file: name }),
    opened: t('pdf.opened'),
    blocked: t('pdf.popupBlocked'),
    failed: (reason) => t('pdf.failed', { reason }),
  });
  useWarmPdf();

  const make = () =>
    file.run(async () => {
      await flushSaves();
      await ensureAllTexts(i18n, lng);
      const makePlan: MakePdf = async (fixed, language, today) => {
        const a = await getAssessment(assessmentId);
        if (!a) throw new Error('The assessment is gone');
        const { makePlanPdf } = await import('../../pdf');
        return makePlanPdf(a, fixed, language, today, await startedFromQuickCheck(a.id));
      };
      return (makeOther ?? makePlan)(i18n.getFixedT(lng), lng, todayIso());
    });

  return (
    <section class="panel pdf-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title ?? t('pdf.title')}</h2>
      <div class="pdf-controls">
        <LanguagePicker label={t('pdf.language')} value={lng} onChange={setLng} />
        <button
          type="button"
          class="button primary"
          disabled={file.making}
          onClick={() => void make()}
        >
          {download ?? t('pdf.download')}
        </button>
        {print && (
          <button type="button" class="button" onClick={() => window.print()}>
            {t('pdf.print')}
          </button>
        )}
      </div>
      <ExportStatus file={file} />
    </section>
  );
}
