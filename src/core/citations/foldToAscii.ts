/** Letters that Unicode does not decompose into a base letter plus accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};

/** LaTeX letter commands (`\ss`, `{\o}`) with their ASCII spelling. */
const LETTER_COMMANDS: Readonly<Record<string, string>> = {
  o: 'o', O: 'O', l: 'l', L: 'L', ss: 'ss', ae: 'ae', AE: 'AE', oe: 'oe', OE: 'OE', aa: 'a', AA: 'A', i: 'i', j: 'j',
};

/**
 * Text with its letters in ASCII, case kept: LaTeX accents (`G{\"o}del`, `Yaz{\i}c{\i}`) and Unicode
 * diacritics (`Schölkopf`, `Łukasz`) become their base letters, other LaTeX command names and every other
 * character outside ASCII become a space, and braces go (they group without separating words).
 */
export function foldToAscii(text: string): string {
  // Each step runs only when the text has the character it acts on: most titles and names need one or none.
  let folded = text;
  if (folded.includes('\\')) {
    folded = folded
      .replace(/\\[`'^"~=.]\s*\{?([A-Za-z])\}?/g, '$1')
      .replace(/\\[uvHckrdbt](?:\s*\{([A-Za-z])\}|\s+([A-Za-z]))/g, '$1$2')
      .replace(/\\(ss|ae|AE|oe|OE|aa|AA|[oOlLij])(?![A-Za-z])/g, (_match, name: string) => LETTER_COMMANDS[name] ?? '')
      .replace(/\\[A-Za-z]+\*?|\\./g, ' ');
  }
  if (/[{}]/.test(folded)) folded = folded.replace(/[{}]/g, '');
  if (/[^\x00-\x7f]/.test(folded)) {
    folded = folded
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x00-\x7f]/g, (ch) => SPECIAL_LETTERS[ch] ?? ' ');
  }
  return folded;
}
