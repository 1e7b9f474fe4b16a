// The floor's translate function. The app declares its own keys to i18next for the whole
// project (src/i18n/i18next.d.ts); the floor has other keys, so its t is typed by its own texts.
import { useTranslation } from 'react-i18next';
import type { FloorKey } from './texts';

type FloorT = (key: FloorKey, options?: Record<string, unknown>) => string;

/** react-i18next's t for the floor's keys. */
export function useText(): FloorT {
  return useTranslation().t as unknown as FloorT;
}
