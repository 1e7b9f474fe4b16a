import { toLanguage } from './index';

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** The Intl locale used for a UI language: Finland's conventions for Finnish and Swedish. */
export function intlLocale(lng: string): string {
  return LOCALES[toLanguage(lng)];
}

// Making an Intl formatter costs about half a millisecond on a phone, and the home screen's cards
// ask for one each; the few that the app uses are made once and kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A calendar date (YYYY-MM-DD) in the language's short form, e.g. 22.11.2026. */
export function formatDate(iso: string, lng: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat(intlLocale(lng), { dateStyle: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A moment (ISO timestamp) as a local date, e.g. for "changed on". */
export function formatDay(timestamp: string, lng: string): string {
  const t = new Date(timestamp);
  if (Number.isNaN(t.getTime())) return '';
  return dateFormat(intlLocale(lng), { dateStyle: 'short' }).format(t);
}

/** A share (0–1) as a whole percent in the language's form, e.g. "40 %". */
export function formatPercent(share: number, lng: string): string {
  return numberFormat(intlLocale(lng), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** Today's date as YYYY-MM-DD in the device's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
