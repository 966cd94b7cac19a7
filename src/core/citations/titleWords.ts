/** Letters that Unicode does not decompose into a base letter plus accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};

/** LaTeX letter commands (`\ss`, `{\o}`) with their ASCII spelling. */
const LETTER_COMMANDS: Readonly<Record<string, string>> = {
  o: 'o', O: 'O', l: 'l', L: 'L', ss: 'ss', ae: 'ae', AE: 'AE', oe: 'oe', OE: 'OE', aa: 'a', AA: 'A', i: 'i', j: 'j',
};

/**
 * The ASCII words of a title, original case kept: math (`$…$`, `\(…\)`) is dropped, LaTeX accents and
 * Unicode diacritics are folded to their base letter, other LaTeX command names are dropped (their
 * arguments stay). A hyphenated compound (`Few-Shot`) stays one word, hyphen included, so keys read
 * `fewShot` and titles that differ only in hyphenation compare alike after `normaliseTitle`.
 */
export function titleWords(title: string): string[] {
  return foldTitle(title)
    .split(/[^A-Za-z0-9-]+/)
    .map((word) => (word.includes('-') ? word.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '') : word))
    .filter((word) => word.length > 0);
}

/** Each step runs only when the title has the character it acts on: most titles need one or two of them. */
function foldTitle(title: string): string {
  let folded = title;
  // `Don't` is one word, not `Don` and `t`.
  if (/['’]/.test(folded)) folded = folded.replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  if (folded.includes('$') || folded.includes('\\(')) folded = folded.replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$|\\\([\s\S]*?\\\)/g, '');
  if (folded.includes('\\')) {
    folded = folded
      .replace(/\\[`'^"~=.]\s*\{?([A-Za-z])\}?/g, '$1')
      .replace(/\\[uvHckrdbt](?:\s*\{([A-Za-z])\}|\s+([A-Za-z]))/g, '$1$2')
      .replace(/\\(ss|ae|AE|oe|OE|aa|AA|[oOlLij])(?![A-Za-z])/g, (_match, name: string) => LETTER_COMMANDS[name] ?? '')
      .replace(/\\[A-Za-z]+\*?|\\./g, ' ');
  }
  // Braces group in LaTeX without separating words: `G{\"o}del` is one word.
  if (/[{}]/.test(folded)) folded = folded.replace(/[{}]/g, '');
  if (/[^\x00-\x7f]/.test(folded)) {
    folded = folded
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x00-\x7f]/g, (ch) => SPECIAL_LETTERS[ch] ?? ' ');
  }
  return folded;
}
