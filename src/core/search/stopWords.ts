/**
 * lunr 2.3.9's English stop words (`lunr.stopWordFilter`), in its order. Numbered so that a title can store
 * where it has them: they are left out of the postings, but they count when a query is a title fragment.
 */
export const STOP_WORDS = [
  'a', 'able', 'about', 'across', 'after', 'all', 'almost', 'also', 'am', 'among', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'but', 'by', 'can', 'cannot', 'could', 'dear', 'did', 'do', 'does', 'either', 'else', 'ever', 'every', 'for',
  'from', 'get', 'got', 'had', 'has', 'have', 'he', 'her', 'hers', 'him', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is',
  'it', 'its', 'just', 'least', 'let', 'like', 'likely', 'may', 'me', 'might', 'most', 'must', 'my', 'neither', 'no', 'nor', 'not',
  'of', 'off', 'often', 'on', 'only', 'or', 'other', 'our', 'own', 'rather', 'said', 'say', 'says', 'she', 'should', 'since', 'so',
  'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'tis', 'to', 'too', 'twas', 'us',
  'wants', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'yet',
  'you', 'your',
] as const;

const STOP_WORD_INDEX: ReadonlyMap<string, number> = new Map(STOP_WORDS.map((word, index) => [word, index]));

/** The word's number in STOP_WORDS, or -1 when it is not a stop word. */
export function stopWordIndex(word: string): number {
  return STOP_WORD_INDEX.get(word) ?? -1;
}
