import { useTranslation } from 'react-i18next';
import { getAssessment, getFollowUp } from '../../../storage';
import { PdfExport, type MakePdf } from '../../components/PdfExport';

/** The follow-up as a PDF, in a language of the user's choice, read fresh from the database. */
export function FollowUpPdf({
  assessmentId,
  followUpId,
}: {
  assessmentId: string;
  followUpId: string;
}) {
  const { t } = useTranslation();
  const make: MakePdf = async (fixed, lng, today) => {
    const [a, f] = await Promise.all([getAssessment(assessmentId), getFollowUp(followUpId)]);
    if (!a || !f) throw new Error('The follow-up is gone');
    const { makeFollowUpPdf } = await import('../../../pdf');
    return makeFollowUpPdf(a, f, fixed, lng, today);
  };
  return (
    <PdfExport
      assessmentId={assessmentId}
      make={make}
      title={t('followup.pdf.title')}
      download={t('followup.pdf.download')}
    />
  );
}
