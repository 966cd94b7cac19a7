/** Generational suffixes that end a name without being the family name (`Hal Daumé III`, `Manuel Mazo Jr`). */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * An author's family name as the dataset writes it, for citation keys: the last word of the name, as
 * OpenReview's keys and BibTeX's "Last" part take it (`Fernando de la Torre` → `Torre`,
 * `Laurens van der Maaten` → `Maaten`, `Adam Prügel-Bennett` → `Prügel-Bennett`). Unlike either, it skips
 * a generational suffix (`Daumé III` → `Daumé`) and words without a letter (`Wieland Brendel *`); a
 * name written `Last, First` gives what precedes the comma, as BibTeX reads it; an entry that holds two
 * names joined by `and` gives the first one's. Empty when the name has no letter.
 */
export function lastName(name: string): string {
  const first = name.split(/\s+and\s+/i)[0] ?? '';
  const comma = first.indexOf(',');
  const family = comma > 0 && /\p{L}/u.test(first.slice(0, comma)) ? first.slice(0, comma) : first;
  const words = family.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const last = words.length > 1 && GENERATION.test(words[words.length - 1]!) ? words[words.length - 2] : words[words.length - 1];
  return last ?? '';
}
