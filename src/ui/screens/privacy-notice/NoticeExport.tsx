import { useTranslation } from 'react-i18next';
import { draftPrivacyNotice } from '../../../domain/privacy-notice';
import type { NoticeLanguage } from '../../../domain/workshop';
import { ensureAllTexts } from '../../../i18n';
import { todayIso } from '../../../i18n/format';
import { flushSaves, getAssessment } from '../../../storage';
import { ExportStatus, useFileExport } from '../../components/use-file-export';
import { noticeDocument } from './notice-text';

/**
 * The notice as a PDF or a .docx in the notice's language, whatever the UI's. Saves pending
 * edits first and reads the record back, so the file holds exactly what is stored; the PDF and
 * the .docx code load only now.
 */
export function NoticeExport({ assessmentId, lng }: { assessmentId: string; lng: NoticeLanguage }) {
  const { t, i18n } = useTranslation();
  const file = useFileExport({
    making: t('notice.making'),
    made: (name) => t('notice.made', { file: name }),
    opened: t('notice.opened'),
    blocked: t('pdf.popupBlocked'),
    failed: (reason) => t('notice.failed', { reason }),
  });

  const make = (kind: 'pdf' | 'docx') =>
    file.run(async () => {
      await flushSaves();
      await ensureAllTexts(i18n, lng);
      const a = await getAssessment(assessmentId);
      if (!a) throw new Error('The assessment is gone');
      const doc = noticeDocument(a, draftPrivacyNotice(a), lng, i18n.getFixedT(lng), todayIso());
      return kind === 'pdf'
        ? (await import('../../../pdf/privacy-notice')).makeNoticePdf(doc)
        : (await import('../../../docx/privacy-notice')).makeNoticeDocx(doc);
    });

  return (
    <section class="panel notice-export" aria-labelledby="notice-export-title">
      <h2 id="notice-export-title">{t('notice.exportTitle')}</h2>
      <p class="hint">{t('notice.exportHint', { language: t(`app.languages.${lng}`) })}</p>
      <div class="notice-export-buttons">
        <button
          type="button"
          class="button primary"
          disabled={file.making}
          onClick={() => void make('pdf')}
        >
          {t('notice.pdf')}
        </button>
        <button
          type="button"
          class="button"
          disabled={file.making}
          onClick={() => void make('docx')}
        >
          {t('notice.docx')}
        </button>
      </div>
      <ExportStatus file={file} />
    </section>
  );
}
