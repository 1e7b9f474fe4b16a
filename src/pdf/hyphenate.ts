/**
 * Breaks words that are wider than their column, with a hyphen, so that a table never splits a
 * word without one ("Yrittäjäyhdistykse / n"). Pure: the caller says what fits.
 */

const VOWELS = new Set('aeiouyäöåæøéèêáàâíìóòôúùûüõ');
const isVowel = (ch: string) => VOWELS.has(ch.toLowerCase());
const isLetter = (ch: string) => /\p{L}/u.test(ch);

/**
 * Where a word may be broken: after a hyphen it already has, or before a consonant that a vowel
 * follows (the Finnish syllable rule, which also finds most joints of Swedish compounds), never
 * leaving fewer than two letters on either side.
 */
function breakPoints(word: readonly string[]): number[] {
  const points: number[] = [];
  for (let i = 2; i <= word.length - 2; i++) {
    const [before, at, after] = [word[i - 1], word[i], word[i + 1]];
    if (before === '-' && isLetter(at)) points.push(i);
    else if (isLetter(before) && isLetter(at) && !isVowel(at) && isVowel(after)) points.push(i);
  }
  return points;
}

/** One word cut into pieces that each fit, every piece but the last ending in a hyphen. */
export function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = Array.from(word);
  while (rest.length > 1 && !fits(rest.join(''))) {
    const piece = (cut: number) => {
      const head = rest.slice(0, cut).join('');
      return head.endsWith('-') ? head : `${head}-`;
    };
    let cut = breakPoints(rest)
      .filter((p) => fits(piece(p)))
      .pop();
    if (cut === undefined) {
      // No syllable fits: as many letters as fit, at least one.
      cut = 1;
      while (cut < rest.length - 1 && fits(piece(cut + 1))) cut++;
    }
    pieces.push(piece(cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest.join(''));
  return pieces;
}

/**
 * Text whose too-wide words are broken with a hyphen and a space, where the table's own line
 * breaking then wraps it. Words that fit, spaces and line breaks are left as they are.
 */
export function hyphenate(text: string, fits: (text: string) => boolean): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((word) => (word === '' || fits(word) ? word : breakWord(word, fits).join(' ')))
        .join(' '),
    )
    .join('\n');
}
