import { describe, expect, it } from 'vitest';
import { breakWord, hyphenate } from '../../src/pdf/hyphenate';

/** A column of `n` characters, every character as wide as another. */
const column = (n: number) => (text: string) => Array.from(text).length <= n;

describe('hyphenate', () => {
  it('breaks a Finnish word too wide for its column between syllables, with a hyphen', () => {
    expect(breakWord('Yrittäjäyhdistyksen', column(14))).toEqual(['Yrittäjäyhdis-', 'tyksen']);
    expect(breakWord('Yrittäjäyhdistyksen', column(9))).toEqual(['Yrittä-', 'jäyhdis-', 'tyksen']);
  });

  it('breaks a Swedish compound with a hyphen', () => {
    const pieces = breakWord('marknadskommunikation', column(12));
    expect(pieces.slice(0, -1).every((p) => p.endsWith('-'))).toBe(true);
    expect(pieces.join('').replace(/-/g, '')).toBe('marknadskommunikation');
    expect(pieces.every(column(12))).toBe(true);
  });

  it('uses a hyphen the word already has', () => {
    expect(breakWord('Facebook-sivujen', column(10))).toEqual(['Facebook-', 'sivujen']);
  });

  it('cuts a word with no syllable that fits, still with a hyphen', () => {
    expect(breakWord('xxxxxxxxxx', column(4))).toEqual(['xxx-', 'xxx-', 'xxxx']);
  });

  it('leaves words that fit, spaces and line breaks alone', () => {
    expect(hyphenate('Aino ja  Pekka\nKalle', column(6))).toBe('Aino ja  Pekka\nKalle');
    expect(hyphenate('Kysy Yrittäjäyhdistyksen kanssa', column(10))).toBe(
      'Kysy Yrittä- jäyhdis- tyksen kanssa',
    );
  });
});
