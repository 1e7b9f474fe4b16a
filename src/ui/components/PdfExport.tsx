import { useId, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { ensureAllTexts, LANGUAGES, toLanguage, type Language } from '../../i18n';
import { todayIso } from '../../i18n/format';
import { flushSaves, getAssessment } from '../../storage';
import { deliverFile } from './deliver-file';
import { useStorageAdvice } from './ErrorMessage';
import './print.css';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'making' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Makes the action-plan PDF in a language of the user's choice (the UI's by default) and hands
 * it over. The PDF code loads only now, and the half-filled form stays as it is.
 */
export function PdfExport({
  assessmentId,
  print = false,
}: {
  assessmentId: string;
  print?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const advice = useStorageAdvice();
  const selectId = useId();
  const [lng, setLng] = useState<Language>(toLanguage(i18n.language));
  const [state, setState] = useState<State>({ kind: 'idle' });

  const make = async () => {
    setState({ kind: 'making' });
    try {
      await flushSaves();
      const a = await getAssessment(assessmentId);
      if (!a) throw new Error('The assessment is gone');
      await ensureAllTexts(i18n, lng);
      const { makePlanPdf } = await import('../../pdf');
      const { blob, fileName } = await makePlanPdf(a, i18n.getFixedT(lng), lng, todayIso());
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
      <h2 id={`${selectId}-title`}>{t('pdf.title')}</h2>
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
          {t('pdf.download')}
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
