import { createI18n, ensureAllTexts, type Language } from '../../src/i18n';

/** Keys asked for during the current test that no locale has. */
export const missingKeys: string[] = [];

/**
 * An i18n instance in one language that records every missing key; with all of the language's
 * texts unless `firstScreenOnly`, as after opening a workshop screen.
 */
export async function makeI18n(lng: Language = 'fi', { firstScreenOnly = false } = {}) {
  const i18n = await createI18n({
    lng,
    onMissingKey: (lngs, key) => missingKeys.push(`${lngs.join(',')}:${key}`),
  });
  if (!firstScreenOnly) await ensureAllTexts(i18n, lng);
  return i18n;
}
