import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, toLanguage, type Language } from '../../i18n';

/** The choice of a file's language, each language named in the UI's language. */
export function LanguagePicker({
  label,
  value,
  onChange,
  id,
}: {
  label: string;
  value: Language;
  onChange: (lng: Language) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const own = useId();
  const selectId = id ?? own;
  return (
    <div class="field">
      <label for={selectId}>{label}</label>
      <select
        id={selectId}
        value={value}
        onChange={(e) => onChange(toLanguage(e.currentTarget.value))}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`app.languages.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
