import { lettersOf } from './authorFamily';
import type { SearchIndex } from './buildSearchIndex';
import type { QueryWord } from './parseQuery';

/**
 * Papers are remembered by their first author's family name (`Vaswani et al.`): among papers that match a
 * query equally well, one whose first author the query names ranks first. Returns, for a paper number, 1
 * when a query word is that family name (or, for the word being typed, begins it), else 0; undefined when
 * no query word can name an author.
 */
export function firstAuthorNamed(index: SearchIndex, words: readonly QueryWord[]): ((doc: number) => number) | undefined {
  const names = words
    .filter((word) => word.fields.length === 0 || word.fields.includes('authors'))
    .map((word) => ({ text: lettersOf(word.text), prefix: word.prefix }))
    .filter(({ text }) => text !== '');
  if (names.length === 0) return undefined;
  return (doc) => {
    const family = index.facts.firstAuthorFamily(doc);
    if (family === '') return 0;
    return names.some(({ text, prefix }) => text === family || (prefix && text.length >= 2 && family.startsWith(text))) ? 1 : 0;
  };
}
