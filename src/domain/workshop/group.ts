import { LIMITS } from '../content';
import { text } from '../fields';

/**
 * The group an assessment belongs to, named by the facilitator (e.g. "Kevät 2027 · Seinäjoki");
 * '' when it belongs to none. Composed into the assessment like a step's fields, so that
 * autosave, the repair on read and backups handle it unchanged; an older file gets ''.
 */
export const groupFields = { group: text(LIMITS.shortText) } as const;

/** The group names among some assessments, each once, in the user's language's order. */
export function groupNames(
  groups: readonly (string | undefined)[],
  locale?: string,
): readonly string[] {
  const names = new Set(groups.map((g) => (g ?? '').trim()).filter((g) => g !== ''));
  return [...names].sort((a, b) => a.localeCompare(b, locale));
}
