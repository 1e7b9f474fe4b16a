import { useTranslation } from 'react-i18next';
import { ensureAllTexts, hasAllTexts, LANGUAGES, toLanguage } from '../../i18n';
import { flushSaves } from '../../storage';

/** Three buttons, one per language, each named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.language);
  const choose = async (lng: string) => {
    // Typed text is saved before the screen re-renders in the new language.
    await flushSaves();
    // A screen of the workshop is open: its texts must be there in the new language at once.
    if (hasAllTexts(i18n)) await ensureAllTexts(i18n, lng);
    await i18n.changeLanguage(lng);
  };
  return (
    <div class="lang-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={lng === current}
          onClick={() => void choose(lng)}
        >
          <span aria-hidden="true">{lng.toUpperCase()}</span>
          <span class="visually-hidden">{t(`app.languages.${lng}`)}</span>
        </button>
      ))}
    </div>
  );
}
