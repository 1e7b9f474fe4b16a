import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Lng = 'fi' | 'sv' | 'en';

const localesDir = fileURLToPath(new URL('../../locales', import.meta.url));

function load(lng: Lng): Record<string, unknown> {
  const dir = join(localesDir, lng);
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))),
  );
}

/**
 * The app's own texts in one language, so that a browser test finds controls by the words a
 * user sees in that language: t('sourcesStep.levelLegend', { source: '…' }).
 */
export function textsOf(lng: Lng) {
  const tree = load(lng);
  return (key: string, vars: Record<string, string | number> = {}): string => {
    const value = key
      .split('.')
      .reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);
    if (typeof value !== 'string') throw new Error(`No text ${lng}:${key}`);
    return value.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}

/** The Playwright locale that makes the app start in a language. */
export const LOCALE: Record<Lng, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
