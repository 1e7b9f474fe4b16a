import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import { GROUP_COLUMNS, type GroupInput } from '../domain/group';
import { groupReport, type GroupReportRow } from '../domain/group-report';
import { safeFileName } from '../domain/file-name';
import { intlLocale } from '../i18n/format';

/**
 * The spreadsheet's layout for a language: Finnish and Swedish Excel (and LibreOffice in those
 * locales) read ";" as the separator and "," as the decimal mark; English the usual ",".
 */
function csvDialect(lng: string): { delimiter: string; decimalComma: boolean } {
  return lng === 'en'
    ? { delimiter: ',', decimalComma: false }
    : { delimiter: ';', decimalComma: true };
}

const label = (r: GroupReportRow, t: TFunction) =>
  r.name || t('groupReports.code', { code: r.code });

/**
 * The group's table as a CSV file in the language of `t`: a row per business (name or code,
 * total gap, plan progress, next checkpoint, goals, then level and target of every source) and
 * the averages last. UTF-8 with a BOM and CRLF lines, so that Excel opens it as text in UTF-8;
 * cells that a spreadsheet would run as a formula are neutralised, for the data comes from files.
 */
export function makeGroupCsv(
  members: readonly GroupInput[],
  group: string,
  t: TFunction,
  lng: string,
  today: string,
  { anonymous }: { readonly anonymous: boolean },
): { blob: Blob; fileName: string; text: string } {
  const report = groupReport(members, { anonymous, locale: intlLocale(lng) });
  const { delimiter, decimalComma } = csvDialect(lng);
  const decimal = (n: number | null) => {
    if (n === null) return '';
    const s = String(Math.round(n * 100) / 100);
    return decimalComma ? s.replace('.', ',') : s;
  };
  const whole = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  const source = (part: string, id: string) => ({
    part: t(`group.partHead.${part}` as 'group.partHead.customer'),
    source: t(`sources.${part}.${id}` as 'sources.customer.surveys'),
  });
  const head = [
    t('group.business'),
    t('group.totalGap'),
    t('groupReports.sheet.done'),
    t('groupReports.sheet.inProgress'),
    t('groupReports.sheet.notStarted'),
    t('groupReports.sheet.checkpoint'),
    t('groupReports.sheet.goalsSet'),
    t('groupReports.sheet.goalsReached'),
    ...GROUP_COLUMNS.flatMap((c) => [
      t('groupReports.sheet.level', source(c.part, c.sourceId)),
      t('groupReports.sheet.target', source(c.part, c.sourceId)),
    ]),
  ];
  const rows = report.rows.map((r) => [
    label(r, t),
    whole(r.totalGap),
    whole(r.plan?.done),
    whole(r.plan?.inProgress),
    whole(r.plan?.notStarted),
    r.checkpoint,
    whole(r.goalsSet),
    whole(r.goalsReached),
    ...r.cells.flatMap((c) => [whole(c.level), whole(c.target)]),
  ]);
  const n = report.rows.length;
  const average = [
    t('group.average'),
    decimal(n ? report.rows.reduce((s, r) => s + r.totalGap, 0) / n : null),
    '',
    '',
    '',
    '',
    '',
    '',
    ...report.averages.flatMap((a) => [decimal(a.level), decimal(a.target)]),
  ];
  const text = Papa.unparse([head, ...rows, average], {
    delimiter,
    newline: '\r\n',
    quotes: false,
    escapeFormulae: true,
  });
  const withBom = `\uFEFF${text}\r\n`;
  return {
    blob: new Blob([withBom], { type: 'text/csv;charset=utf-8' }),
    fileName: safeFileName([group, t('groupReports.fileLabel'), today], 'csv'),
    text: withBom,
  };
}
