import { createI18n, type Language } from '../../src/i18n';

/** Keys asked for during the current test that no locale has. */
export const missingKeys: string[] = [];

/** An i18n instance in one language that records every missing key. */
export function makeI18n(lng: Language = 'fi') {
  return createI18n({
    lng,
    onMissingKey: (lngs, key) => missingKeys.push(`${lngs.join(',')}:${key}`),
  });
}
