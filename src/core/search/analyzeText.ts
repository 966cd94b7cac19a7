import lunr from 'lunr';

/** One word of a text as the index sees it: the lower-cased surface form and the stemmed index term. */
export interface AnalyzedWord {
  readonly word: string;
  readonly term: string;
}

const stemCache = new Map<string, string>();

/**
 * Splits text exactly as lunr's default builder pipeline does (tokenizer, trimmer, stop-word filter,
 * stemmer), keeping the surface word next to its index term. Query words, prefix/fuzzy expansion and
 * highlighting all rely on producing the very same terms the index was built from.
 */
export function analyzeText(text: string): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  for (const token of lunr.tokenizer(text)) {
    const word = analyzeWord(token.toString());
    if (word) words.push(word);
  }
  return words;
}

/** Analyses one already lower-cased token; undefined for stop words and pure punctuation. */
export function analyzeWord(token: string): AnalyzedWord | undefined {
  const word = lunr.trimmer(new lunr.Token(token, {})).toString();
  if (word === '' || !lunr.stopWordFilter(new lunr.Token(word, {}))) return undefined;
  return { word, term: stemWord(word) };
}

function stemWord(word: string): string {
  let term = stemCache.get(word);
  if (term === undefined) {
    term = lunr.stemmer(new lunr.Token(word, {})).toString();
    // Bounded so that a long-lived extension host does not grow the cache without limit.
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, term);
  }
  return term;
}
