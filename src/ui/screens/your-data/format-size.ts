import { intlLocale } from '../../../i18n/format';

const UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** A number of bytes in words of the language: "1,3 megatavua", "120 kilobytes". */
export function formatSize(bytes: number, lng: string): string {
  const [unit, size] = UNITS.find(([, s]) => bytes >= s) ?? UNITS[UNITS.length - 1];
  return new Intl.NumberFormat(intlLocale(lng), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: bytes >= size * 10 ? 0 : 1,
  }).format(bytes / size);
}
