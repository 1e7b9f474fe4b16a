import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatPercent, todayIso } from '../../src/i18n/format';
import { toLanguage } from '../../src/i18n';

describe('formatting per language', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate('2026-11-05', 'fi')).toBe('5.11.2026');
    expect(formatDate('2026-11-05', 'sv')).toMatch(/^(5\.11\.2026|2026-11-05)$/);
    expect(formatDate('2026-11-05', 'en')).toBe('05/11/2026');
    expect(formatDate('', 'fi')).toBe('');
  });

  it('writes percentages with the language spacing', () => {
    expect(formatPercent(0.4, 'fi').replace(/\s/g, ' ')).toBe('40 %');
    expect(formatPercent(0.4, 'en')).toBe('40%');
  });

  it('narrows browser language tags to the app languages, Finnish by default', () => {
    expect(toLanguage('sv-SE')).toBe('sv');
    expect(toLanguage('en-US')).toBe('en');
    expect(toLanguage('de-DE')).toBe('fi');
    expect(toLanguage(undefined)).toBe('fi');
  });

  it('gives today as a local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});

describe('formatters', () => {
  it('are made once per language and kept, not once per date shown', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made += 1;
      }
    }
    Intl.DateTimeFormat = Counting as typeof Original;
    try {
      for (let day = 1; day <= 28; day++)
        formatDate(`2027-02-${String(day).padStart(2, '0')}`, 'en');
      for (let i = 0; i < 20; i++) formatDay('2026-11-22T10:00:00Z', 'en');
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(made).toBeLessThanOrEqual(2);
  });
});
