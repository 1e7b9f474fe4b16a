import { useEffect, useId, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ensureAllTexts, LANGUAGES, toLanguage, type Language } from '../../i18n';
import { todayIso } from '../../i18n/format';
import { flushSaves, getAssessment } from '../../storage';
import { startedFromQuickCheck } from '../../storage';
import { deliverFile } from './deliver-file';
import { useStorageAdvice } from './ErrorMessage';
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

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'making' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

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
  const advice = useStorageAdvice();
  const selectId = useId();
  const [lng, setLng] = useState<Language>(toLanguage(i18n.language));
  const [state, setState] = useState<State>({ kind: 'idle' });
  useWarmPdf();

  const make = async () => {
    setState({ kind: 'making' });
    try {
      await flushSaves();
      await ensureAllTexts(i18n, lng);
      const makePlan: MakePdf = async (fixed, language, today) => {
        const a = await getAssessment(assessmentId);
        if (!a) throw new Error('The assessment is gone');
        const { makePlanPdf } = await import('../../pdf');
        return makePlanPdf(a, fixed, language, today, await startedFromQuickCheck(a.id));
      };
      const { blob, fileName } = await (makeOther ?? makePlan)(
        i18n.getFixedT(lng),
        lng,
        todayIso(),
      );
      const delivery = await deliverFile(blob, fileName);
      setState(
        delivery === 'blocked'
          ? { kind: 'failed', message: t('pdf.popupBlocked') }
          : {
              kind: 'done',
              message:
                delivery === 'opened' ? t('pdf.opened') : t('pdf.made_ok', { file: fileName }),
            },
      );
    } catch (e) {
      console.error(e);
      setState({ kind: 'failed', message: t('pdf.failed', { reason: advice(e) }) });
    }
  };

  return (
    <section class="panel pdf-export" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>{title ?? t('pdf.title')}</h2>
      <div class="pdf-controls">
        <div class="field">
          <label for={selectId}>{t('pdf.language')}</label>
          <select
            id={selectId}
            value={lng}
            onChange={(e) => setLng(toLanguage(e.currentTarget.value))}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`app.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="button primary"
          disabled={state.kind === 'making'}
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
      <p
        class={state.kind === 'failed' ? 'error-message' : 'hint'}
        role="status"
        aria-live="polite"
      >
        {state.kind === 'making' ? t('pdf.making') : state.kind === 'idle' ? '' : state.message}
      </p>
    </section>
  );
}
