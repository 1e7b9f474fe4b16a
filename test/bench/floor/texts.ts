// The floor's texts: one i18next instance with react-i18next, Finnish inline (no chunk to fetch).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const fi = {
  title: 'Lattia',
  intro: 'Sama pino kuin sovelluksessa, ilman sovelluksen logiikkaa.',
  empty: 'Ei vielä rivejä.',
  changed: 'Muutettu {{date}}',
  pdf: 'Lataa PDF',
  score: 'Pisteet {{row}}/{{col}}',
};

export type FloorKey = keyof typeof fi;

/** Resolves once the texts are ready to draw with. */
export async function createTexts() {
  const instance = i18next.createInstance().use(initReactI18next);
  await instance.init({
    lng: 'fi',
    resources: { fi: { translation: fi } },
    interpolation: { escapeValue: false },
  });
  return instance;
}
