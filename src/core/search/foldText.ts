/** Letters that Unicode does not decompose into a base letter and a mark, written as people type them in ASCII. */
const UNDECOMPOSED = new Map([
  ['ł', 'l'], ['ø', 'o'], ['æ', 'ae'], ['œ', 'oe'], ['ß', 'ss'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i'], ['ħ', 'h'], ['ŧ', 't'], ['ŀ', 'l'],
]);
const UNDECOMPOSED_CHARACTER = /[łøæœßđðþıħŧŀ]/g;
const COMBINING_MARK = /\p{Mn}/gu;

/**
 * Lower case without accents or compatibility forms, for the index and the query alike: `Schölkopf` and
 * `scholkopf`, `Łukasz` and `lukasz`, full-width `ｇｒａｐｈ` and `graph`, `D²ETR` and `d2etr` meet. NFC at the
 * end puts Hangul syllables back together, which the decomposition split into letters.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII: normalising it would only cost time.
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(UNDECOMPOSED_CHARACTER, (letter) => UNDECOMPOSED.get(letter) ?? letter)
    .normalize('NFC');
}
