import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'markkinapaja.language';

/**
 * Loads one language's first-screen texts (one chunk). Only the language in use is fetched;
 * the rest of its texts come with ensureAllTexts.
 */
export async function loadLocale(lng: string): Promise<Record<string, unknown>> {
  switch (toLanguage(lng)) {
    case 'sv':
      return (await import('./lang/sv')).default;
    case 'en':
      return (await import('./lang/en')).default;
    default:
      return (await import('./lang/fi')).default;
  }
}

function loadMore(lng: Language): Promise<Record<string, unknown>> {
  switch (lng) {
    case 'sv':
      return import('./lang/sv-more').then((m) => m.default);
    case 'en':
      return import('./lang/en-more').then((m) => m.default);
    default:
      return import('./lang/fi-more').then((m) => m.default);
  }
}

// Which languages of an instance have all their texts; kept per instance, not globally. Keyed by
// the instance's resource store: react-i18next hands each component its own wrapper of the
// instance (a new one after every language change), and all of them share the one store.
const complete = new WeakMap<object, Set<Language>>();

/**
 * Adds the workshop's texts of a language (the instance's current one when none is named): the
 * step screens, the overview, the GDPR page and the PDF wait for it before they render.
 */
export async function ensureAllTexts(instance: i18n, lng?: string): Promise<void> {
  const language = toLanguage(lng ?? instance.language);
  const loaded = complete.get(instance.store) ?? new Set<Language>();
  complete.set(instance.store, loaded);
  if (loaded.has(language)) return;
  // The first-screen texts first: a language that already has texts is not loaded again.
  await instance.loadLanguages(language);
  instance.addResourceBundle(language, 'translation', await loadMore(language), true, true);
  loaded.add(language);
}

/** True once the workshop's texts of any language are loaded, so switching needs them too. */
export function hasAllTexts(instance: i18n): boolean {
  return (complete.get(instance.store)?.size ?? 0) > 0;
}

/** True when the workshop's texts of this language are loaded in the instance. */
export function allTextsLoaded(instance: i18n, lng: string): boolean {
  return complete.get(instance.store)?.has(toLanguage(lng)) ?? false;
}

export interface I18nOptions {
  /** Start in this language instead of detecting one (tests). */
  readonly lng?: Language;
  /** Called for every key that is missing (tests turn this into a failure). */
  readonly onMissingKey?: (lng: readonly string[], key: string) => void;
}

/** Narrows any language tag (fi-FI, sv, en-GB…) to one the app has. */
export function toLanguage(tag: string | undefined): Language {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'fi';
}

/**
 * Creates the app's i18next instance: the browser's language at first start (fallback Finnish),
 * then the one the user picked, remembered in localStorage.
 */
export async function createI18n(options: I18nOptions = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  // The detector also remembers the user's choice, so it is used even when a language is given.
  instance.use(LanguageDetector);
  instance.use(initReactI18next);
  instance.use(resourcesToBackend((lng: string) => loadLocale(lng)));
  await instance.init({
    lng: options.lng,
    fallbackLng: 'fi',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: Boolean(options.onMissingKey),
    missingKeyHandler: options.onMissingKey
      ? (lngs, _ns, key) => options.onMissingKey?.(lngs, key)
      : undefined,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });
  const syncDocument = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(lng);
  };
  syncDocument(instance.language);
  instance.on('languageChanged', syncDocument);
  return instance;
}
