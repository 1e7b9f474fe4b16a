import type { TFunction } from 'i18next';
import { LIST_ITEM, type NoticeDocument } from '../../../domain/notice-document';
import {
  type NoticeDraft,
  type NoticeLine,
  type NoticeSection,
} from '../../../domain/privacy-notice';
import { safeFileName } from '../../../domain/file-name';
import type { Assessment, NoticeLanguage, NoticeSectionId } from '../../../domain/workshop';
import { formatDate, intlLocale } from '../../../i18n/format';

/** Where the page numbers go in the footer, once the pages are known. */
export const PAGE = '%PAGE%';
export const PAGES = '%PAGES%';

const list = (items: readonly string[]) => items.map((item) => `${LIST_ITEM}${item}`).join('\n');

function lineText(line: NoticeLine, t: TFunction): string {
  switch (line.kind) {
    case 'text':
      return t(`notice.lines.${line.id}`);
    case 'controller':
      return t('notice.lines.controllerName', { name: line.name });
    case 'fill':
      return t('notice.fillMark', { what: t(`notice.fills.${line.id}`) });
    case 'purposes':
      return list(line.ids.map((id) => t(`notice.purposes.${id}`)));
    case 'bases':
      return list(
        line.items.map((b) =>
          t('notice.basisItem', {
            purpose: t(`notice.purposes.${b.purpose}`),
            basis: t(`notice.bases.${b.basis}`),
          }),
        ),
      );
    case 'categories':
      return list(line.ids.map((id) => t(`registerFields.${id}`)));
    case 'rights':
      return list(line.ids.map((id) => t(`notice.rights.${id}`)));
  }
}

/** The drafted text of one section in the language of `t`: paragraphs apart by a blank line. */
export function draftedText(section: NoticeSection, t: TFunction): string {
  return section.lines.map((line) => lineText(line, t)).join('\n\n');
}

/** The text a section shows and exports: the user's own where there is one, else the draft. */
export function sectionText(
  a: Assessment,
  section: NoticeSection,
  lng: NoticeLanguage,
  t: TFunction,
): string {
  const own = a.privacyNotice.texts[lng][section.id];
  return own.trim() !== '' ? own : draftedText(section, t);
}

/** How many "to fill in" marks a text still has, in the language of `t`. */
export function countFills(text: string, t: TFunction): number {
  const start = t('notice.fillMark', { what: '\u0000' }).split('\u0000')[0];
  return start ? text.split(start).length - 1 : 0;
}

/** The to-do list before publishing: the "no" answers, and the marks left to fill in. */
export function todoItems(draft: NoticeDraft, fills: number, t: TFunction): string[] {
  return [
    ...draft.todo.map((id) => t(`notice.todo.${id}`)),
    ...(fills > 0 ? [t('notice.todoFill')] : []),
  ];
}

/** The whole notice in words, in the language of `t`, for the PDF and the .docx. */
export function noticeDocument(
  a: Assessment,
  draft: NoticeDraft,
  lng: NoticeLanguage,
  t: TFunction,
  today: string,
): NoticeDocument {
  const sections = draft.sections.map((s) => ({
    id: s.id as NoticeSectionId,
    title: t(`notice.sections.${s.id}`),
    text: sectionText(a, s, lng, t),
  }));
  const fills = sections.reduce((n, s) => n + countFills(s.text, t), 0);
  const subtitle = draft.businessName
    ? `${t('notice.register')} – ${draft.businessName}`
    : t('notice.register');
  return {
    lang: lng,
    locale: intlLocale(lng),
    fileName: safeFileName([t('notice.fileLabel'), draft.businessName, today], 'pdf').replace(
      /\.pdf$/,
      '',
    ),
    title: t('notice.title'),
    subtitle,
    date: t('notice.docDate', { date: formatDate(today, lng) }),
    draft: t('notice.docDraft'),
    sections: sections.map(({ title, text }) => ({ title, text })),
    todo: {
      title: t('notice.todoTitle'),
      note: t('notice.todoNote'),
      items: todoItems(draft, fills, t),
    },
    page: t('notice.docPage', { page: PAGE, pages: PAGES }),
  };
}
