import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { draftPrivacyNotice } from '../../../domain/privacy-notice';
import type { NoticeLanguage } from '../../../domain/workshop';
import { ensureAllTexts } from '../../../i18n';
import { todayIso } from '../../../i18n/format';
import { flushSaves, getAssessment } from '../../../storage';
import { deliverFile } from '../../components/deliver-file';
import { useStorageAdvice } from '../../components/ErrorMessage';
import { noticeDocument } from './notice-text';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'making' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The notice as a PDF or a .docx in the notice's language, whatever the UI's. Saves pending
 * edits first and reads the record back, so the file holds exactly what is stored; the PDF and
 * the .docx code load only now.
 */
export function NoticeExport({ assessmentId, lng }: { assessmentId: string; lng: NoticeLanguage }) {
  const { t, i18n } = useTranslation();
  const advice = useStorageAdvice();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const make = async (kind: 'pdf' | 'docx') => {
    setState({ kind: 'making' });
    try {
      await flushSaves();
      await ensureAllTexts(i18n, lng);
      const a = await getAssessment(assessmentId);
      if (!a) throw new Error('The assessment is gone');
      const doc = noticeDocument(a, draftPrivacyNotice(a), lng, i18n.getFixedT(lng), todayIso());
      const { blob, fileName } =
        kind === 'pdf'
          ? await (await import('../../../pdf/privacy-notice')).makeNoticePdf(doc)
          : await (await import('../../../docx/privacy-notice')).makeNoticeDocx(doc);
      const delivery = await deliverFile(blob, fileName);
      setState(
        delivery === 'blocked'
          ? { kind: 'failed', message: t('pdf.popupBlocked') }
          : {
              kind: 'done',
              message:
                delivery === 'opened' ? t('notice.opened') : t('notice.made', { file: fileName }),
            },
      );
    } catch (e) {
      console.error(e);
      setState({ kind: 'failed', message: t('notice.failed', { reason: advice(e) }) });
    }
  };

  return (
    <section class="panel notice-export" aria-labelledby="notice-export-title">
      <h2 id="notice-export-title">{t('notice.exportTitle')}</h2>
      <p class="hint">{t('notice.exportHint', { language: t(`app.languages.${lng}`) })}</p>
      <div class="notice-export-buttons">
        <button
          type="button"
          class="button primary"
          disabled={state.kind === 'making'}
          onClick={() => void make('pdf')}
        >
          {t('notice.pdf')}
        </button>
        <button
          type="button"
          class="button"
          disabled={state.kind === 'making'}
          onClick={() => void make('docx')}
        >
          {t('notice.docx')}
        </button>
      </div>
      <p
        class={state.kind === 'failed' ? 'error-message' : 'hint'}
        role="status"
        aria-live="polite"
      >
        {state.kind === 'making' ? t('notice.making') : state.kind === 'idle' ? '' : state.message}
      </p>
    </section>
  );
}
