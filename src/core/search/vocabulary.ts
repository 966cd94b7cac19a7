import type { SortedLines } from './sortedLines';

/** Word numbers by term: the words of term t are `words[starts[t]]` to `words[starts[t + 1] - 1]`. */
export interface TermWords {
  readonly starts: Uint32Array;
  readonly words: Uint32Array;
}

/**
 * The surface words of the indexed texts with their index terms and document counts. lunr only keeps
 * stemmed terms, against which prefixes and typos of real words match badly (`diffusio` is not a
 * prefix of the term `diffus`); expanding over surface words first and then querying their terms fixes that.
 */
export class Vocabulary {
  #termWords: TermWords | undefined;

  /**
   * @param words the surface words
   * @param wordTerms number (in `terms`) of each word's index term
   * @param counts number of documents containing each word
   * @param terms the index terms
   * @param termWords the words grouped by term, when stored with the index (else made on first use)
   */
  constructor(
    readonly words: SortedLines,
    readonly wordTerms: Uint32Array,
    readonly counts: Uint32Array,
    readonly terms: SortedLines,
    termWords?: TermWords,
  ) {
    if (wordTerms.length !== words.length || counts.length !== words.length) throw new Error('Vocabulary arrays differ in length');
    for (let i = 0; i < words.length; i++) if (wordTerms[i]! >= terms.length) throw new Error('Vocabulary word has no index term');
    if (termWords && (termWords.starts.length !== terms.length + 1 || termWords.words.length !== words.length || termWords.starts[terms.length] !== words.length)) {
      throw new Error('Vocabulary words by term do not fit the words');
    }
    this.#termWords = termWords;
  }

  /**
   * The word numbers grouped by term (a counting sort: two typed arrays instead of a map of arrays). Stored
   * with the index: making it took tens of milliseconds of the first search after a cold start.
   */
  get termWords(): TermWords {
    if (!this.#termWords) {
      const starts = new Uint32Array(this.terms.length + 1);
      for (const term of this.wordTerms) starts[term + 1]!++;
      for (let i = 0; i < this.terms.length; i++) starts[i + 1]! += starts[i]!;
      const fill = starts.slice(0, this.terms.length);
      const words = new Uint32Array(this.words.length);
      for (let word = 0; word < this.wordTerms.length; word++) words[fill[this.wordTerms[word]!]!++] = word;
      this.#termWords = { starts, words };
    }
    return this.#termWords;
  }

  /** Surface words that have the term as index term, e.g. `diffusion` and `diffusions` for `diffus`. */
  wordsOf(termId: number): string[] {
    const { starts, words } = this.termWords;
    const found: string[] = [];
    for (const word of words.subarray(starts[termId] ?? 0, starts[termId + 1] ?? 0)) {
      const text = this.words.at(word);
      if (text !== undefined) found.push(text);
    }
    return found;
  }

  /** Number of documents that contain the surface word (0 when unknown). */
  countOf(word: string): number {
    const index = this.words.indexOf(word);
    return index >= 0 ? this.counts[index]! : 0;
  }

  /** The numbers [from, to) of the words that start with `prefix` (words are sorted, so they are consecutive). */
  prefixRange(prefix: string): [from: number, to: number] {
    const from = this.words.lowerBound(prefix);
    return [from, this.words.endOfPrefix(prefix, from)];
  }

  /**
   * Terms of the words that start with `prefix`, the most frequent words first, at most `limit`, only those
   * `accept` takes when given.
   */
  prefixTerms(prefix: string, limit: number, accept?: (term: number) => boolean): number[] {
    const matches: number[] = [];
    const [from, to] = this.prefixRange(prefix);
    for (let i = from; i < to; i++) if (accept === undefined || accept(this.wordTerms[i]!)) matches.push(i);
    matches.sort((a, b) => this.counts[b]! - this.counts[a]! || a - b);
    return uniqueTerms(matches.map((i) => this.wordTerms[i]!), limit);
  }

  /**
   * Terms of the words within `distance` edits (insert, delete, substitute, swap two neighbours) of
   * `word` that start with the same letter (and that `accept` takes, when given). Walks the sorted words as a trie: rows of the edit-distance table are shared by words with
   * a common prefix, and a prefix that is already too far skips every word that starts with it.
   */
  fuzzyTerms(word: string, distance: number, limit: number, accept?: (term: number) => boolean): number[] {
    if (distance < 1 || word === '') return [];
    const width = word.length + 1;
    // rows[k] is the distance table row for the first k letters of the current word; mins[k] its minimum.
    const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => j)];
    const mins: number[] = [0];
    const found: number[] = [];
    let previous = '';
    let valid = 0;
    // Like search engines' `prefix_length: 1`: people rarely get the first letter wrong, and fixing it
    // cuts the walk to one letter's share of the vocabulary.
    let i = this.words.lowerBound(word[0]!);
    const end = this.words.endOfPrefix(word[0]!, i);
    while (i < end) {
      const candidate = this.words.at(i)!;
      let depth = 0;
      const shared = Math.min(candidate.length, previous.length, valid);
      while (depth < shared && candidate.charCodeAt(depth) === previous.charCodeAt(depth)) depth++;
      let pruned = false;
      for (let k = depth + 1; k <= candidate.length; k++) {
        rows[k] ??= new Int32Array(width);
        mins[k] = fillRow(rows, k, candidate, word);
        valid = k;
        if (mins[k]! > distance && mins[k - 1]! >= distance) {
          // No word that starts with candidate[0..k) can come back within the distance.
          i = this.words.endOfPrefix(candidate.slice(0, k), i);
          pruned = true;
          break;
        }
      }
      if (!pruned) valid = candidate.length;
      previous = candidate;
      if (pruned) continue;
      if (rows[candidate.length]![word.length]! <= distance && (accept === undefined || accept(this.wordTerms[i]!))) found.push(i);
      i++;
    }
    found.sort((a, b) => this.counts[b]! - this.counts[a]! || a - b);
    return uniqueTerms(found.map((index) => this.wordTerms[index]!), limit);
  }
}

/** Fills row k of the optimal-string-alignment table of candidate[0..k) against word; returns its minimum. */
function fillRow(rows: Int32Array[], k: number, candidate: string, word: string): number {
  const above = rows[k - 1]!;
  const twoAbove = k >= 2 ? rows[k - 2]! : undefined;
  const row = rows[k]!;
  const char = candidate.charCodeAt(k - 1);
  const charBefore = k >= 2 ? candidate.charCodeAt(k - 2) : -1;
  let min = k;
  row[0] = k;
  for (let j = 1; j < row.length; j++) {
    const wordChar = word.charCodeAt(j - 1);
    let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (char === wordChar ? 0 : 1));
    if (twoAbove && j >= 2 && char === word.charCodeAt(j - 2) && charBefore === wordChar) best = Math.min(best, twoAbove[j - 2]! + 1);
    row[j] = best;
    if (best < min) min = best;
  }
  return min;
}

function uniqueTerms(terms: readonly number[], limit: number): number[] {
  const unique: number[] = [];
  const seen = new Set<number>();
  for (const term of terms) {
    if (seen.has(term)) continue;
    seen.add(term);
    unique.push(term);
    if (unique.length >= limit) break;
  }
  return unique;
}

/** The order binary search and the trie walk rely on (plain `<` on strings, as lunr sorts terms). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
