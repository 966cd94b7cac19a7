import { lettersOf } from './authorFamily';
import type { SearchIndex } from './buildSearchIndex';
import type { QueryWord } from './parseQuery';

/**
 * Papers are remembered by their first author's family name (`Vaswani et al.`): among papers that match a
 * query equally well, one whose first author the query names ranks first. Returns the papers whose first
 * author's family name is a query word (or, for the word being typed, begins with it), one list per word.
 */
export function firstAuthorNamed(index: SearchIndex, words: readonly QueryWord[]): Uint32Array[] {
  return words
    .filter((word) => word.fields.length === 0 || word.fields.includes('authors'))
    .map((word) => ({ text: lettersOf(word.text), prefix: word.prefix }))
    .filter(({ text }) => text !== '')
    .map(({ text, prefix }) => index.facts.papersByFirstAuthor(text, prefix && text.length >= 2));
}
