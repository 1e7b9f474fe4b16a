import type { TFunction } from 'i18next';
import type { Level, Part, YesNo } from '../../../domain/workshop';
import { formatDate } from '../../../i18n/format';

/** One answer on a slide: what was asked and what the team answered ('' when nothing yet). */
export interface Answer {
  readonly label: string;
  readonly value: string;
}

/** One item of a step as the room sees it: its name, the team's answers, and a mark. */
export interface Entry {
  readonly key: string;
  readonly title: string;
  /** A short badge beside the title, e.g. "one of the most important sources". */
  readonly mark?: string;
  readonly answers: readonly Answer[];
}

/** How a step's entries are laid out: a row each under shared column heads, or a card each. */
export type Layout = 'table' | 'cards';

/** What the words of a slide come from: the translations and the language. */
export type Words = { readonly t: TFunction; readonly lng: string };

/** A yes or no in words; '' when not answered. */
export const yesNo = ({ t }: Words, v: YesNo | null) => (v === null ? '' : t(`yesNo.${v}`));
/** A level with its short name: a table row on a projector has room for a word, not a sentence. */
export const level = ({ t }: Words, l: Level | null) =>
  l === null ? '' : `${l} – ${t(`levels.${l}.short`)}`;
/** A source of either part by its name; a plan row for no one source says so. */
export const sourceName = ({ t }: Words, part: Part, id: string | null) =>
  id ? t(`sources.${part}.${id}` as 'sources.customer.surveys') : t('planStep.otherSource');
/** A date and its note, as one line. */
export const schedule = ({ lng }: Words, iso: string, note: string) =>
  [formatDate(iso, lng), note.trim()].filter(Boolean).join(' · ');
