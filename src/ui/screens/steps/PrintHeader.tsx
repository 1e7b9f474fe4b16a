import { useTranslation } from 'react-i18next';
import { ordered, type Assessment } from '../../../domain/workshop';
import { formatDate } from '../../../i18n/format';
import { DetailList } from '../../components/DetailList';
import '../../components/print.css';

/**
 * Who and when, for paper only: a printed step or summary names the business, the workshop's
 * date, its facilitator and participants, and the checkpoint, at the top of its first page.
 */
export function PrintHeader({ a }: { a: Assessment }) {
  const { t, i18n } = useTranslation();
  const people = ordered(a.participants)
    .filter((p) => p.name.trim() !== '')
    .map((p) => (p.role.trim() ? `${p.name.trim()} (${p.role.trim()})` : p.name.trim()));
  const checkpoint = formatDate(a.checkpoint.date, i18n.language);
  const who = a.checkpoint.who.trim();
  const rows: [string, string][] = [
    [t('stepsUi.print.workshopDate'), formatDate(a.business.workshopDate, i18n.language)],
    [t('stepsUi.print.facilitator'), a.business.facilitator.trim()],
    [t('stepsUi.print.participants'), people.join(', ')],
    [
      t('stepsUi.print.checkpoint'),
      checkpoint
        ? who
          ? `${checkpoint} · ${t('summary.checkpoint.agreedWho', { name: who })}`
          : checkpoint
        : t('summary.facts.notAgreed'),
    ],
  ];
  return (
    <header class="print-header" data-testid="print-header">
      <p class="print-business">{a.business.name}</p>
      <DetailList rows={rows} />
    </header>
  );
}
