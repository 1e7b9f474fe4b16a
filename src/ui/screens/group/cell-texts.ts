import type { TFunction } from 'i18next';
import type { GroupCell } from '../../../domain/group';

/**
 * The words of the heatmap's cells in one language. A group of 200 businesses has nearly 5,000
 * cells but only a few dozen different ones, so each text is made once and then looked up:
 * i18next's interpolation and plurals, called for every cell, took most of a second.
 */
export function cellTexts(t: TFunction) {
  const cache = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let text = cache.get(key);
    if (text === undefined) {
      text = make();
      cache.set(key, text);
    }
    return text;
  };
  const dash = t('group.notRated');
  const moved = (n: number) =>
    n > 0
      ? t('group.moveUp', { count: n })
      : n < 0
        ? t('group.moveDown', { count: -n })
        : t('group.moveNone');
  return {
    notRated: dash,
    notFollowedUp: t('group.notFollowedUp'),
    /** What a level cell says: level, target, and the marks in words. */
    level: (c: GroupCell) =>
      once(`l${c.level}|${c.target}|${c.gap > 0}|${c.important}`, () =>
        [
          t('group.cell', { level: c.level ?? dash, target: c.target ?? dash }),
          c.gap > 0 ? t('group.above') : '',
          c.important ? t('group.important') : '',
        ]
          .filter(Boolean)
          .join(', '),
      ),
    /** What a movement cell says: the level in the workshop, now, and the change in words. */
    movement: (before: number, now: number) =>
      once(
        `m${before}|${now}`,
        () => `${t('group.moveCell', { before, now })}, ${moved(now - before)}`,
      ),
  };
}

export type CellTexts = ReturnType<typeof cellTexts>;
