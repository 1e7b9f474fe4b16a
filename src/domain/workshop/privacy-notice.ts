import { assessmentField, type FieldRef } from '../changes';
import { LIMITS, YES_NO } from '../content';
import { byId, choice, object, text, type ValueOf } from '../fields';

/** The parts of the privacy notice drafted from the register step, in the notice's order. */
export const NOTICE_SECTIONS = [
  'controller',
  'purposes',
  'legalBasis',
  'categories',
  'specialCategories',
  'sources',
  'recipients',
  'retention',
  'rights',
  'complaint',
] as const;
export type NoticeSectionId = (typeof NOTICE_SECTIONS)[number];

/** The languages a notice can be written in; each keeps its own edited text. */
export const NOTICE_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** The longest text of one section: a section is a few paragraphs, never a whole document. */
export const NOTICE_SECTION_LIMIT = LIMITS.longText;

const privacyNotice = object({
  /** Whether the register holds health or other sensitive data; the register step does not ask. */
  healthData: choice(YES_NO),
  /** The user's own text of each section, per language; '' means "use the drafted text". */
  texts: byId(NOTICE_LANGUAGES, byId(NOTICE_SECTIONS, text(NOTICE_SECTION_LIMIT))),
});
export type PrivacyNoticeAnswers = ValueOf<typeof privacyNotice>;

/**
 * The privacy notice's part of the assessment: composed into it like a step's fields, so that
 * autosave, the repair on read and backups handle it unchanged. A file made before the notice
 * existed gets the empty value.
 */
export const privacyNoticeFields = { privacyNotice } as const;

/** The user's text of one section of the notice in one language. */
export function noticeTextField(
  id: string,
  lng: NoticeLanguage,
  section: NoticeSectionId,
): FieldRef<string> {
  // Checked for one pair of ids; both lists are closed and every pair has the same shape.
  const checked = assessmentField(id, 'privacyNotice', 'texts', 'fi', 'controller');
  return { ...checked, path: ['privacyNotice', 'texts', lng, section] };
}
