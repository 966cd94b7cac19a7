import { analyzeText } from './analyzeText';


/**
 * The surface words of the indexed texts with their index terms and document counts. lunr only keeps
 * stemmed terms, against which prefixes and typos of real words match badly (`diffusio` is not a
 * prefix of the term `diffus`); expanding over surface words first and then querying their terms fixes that.
 */
export class Vocabulary {
  /** Every index term, for checking that an exact query term exists before sending it to lunr. */
  private readonly termSet: ReadonlySet<string>;
  private readonly indexOfWord = new Map<string, number>();
  private wordsByTerm: Map<string, string[]> | undefined;

  /**
   * @param words surface words, sorted by code unit and unique
   * @param terms index term of each word
   * @param counts number of documents containing each word
   */
  constructor(
    readonly words: readonly string[],
    readonly terms: readonly string[],
    readonly counts: readonly number[],
  ) {
    if (terms.length !== words.length || counts.length !== words.length) throw new Error('Vocabulary arrays differ in length');
    for (let i = 1; i < words.length; i++) {
      if (!(words[i - 1]! < words[i]!)) throw new Error('Vocabulary words are not sorted and unique');
    }
    words.forEach((word, index) => this.indexOfWord.set(word, index));
    this.termSet = new Set(terms);
  }

  static fromTexts(texts: Iterable<string>): Vocabulary {
    const found = new Map<string, { term: string; count: number }>();
    for (const text of texts) {
      const inThisText = new Set<string>();
      for (const { word, term } of analyzeText(text)) {
        if (inThisText.has(word)) continue;
        inThisText.add(word);
        const entry = found.get(word);
        if (entry) entry.count++;
        else found.set(word, { term, count: 1 });
      }
    }
    const words = [...found.keys()].sort(compareCodeUnits);
    return new Vocabulary(
      words,
      words.map((word) => found.get(word)!.term),
      words.map((word) => found.get(word)!.count),
    );
  }

  /** Surface words that have `term` as index term, e.g. `diffusion` and `diffusions` for `diffus`. */
  wordsOf(term: string): readonly string[] {
    if (!this.wordsByTerm) {
      const byTerm = new Map<string, string[]>();
      this.terms.forEach((each, index) => {
        const words = byTerm.get(each);
        if (words) words.push(this.words[index]!);
        else byTerm.set(each, [this.words[index]!]);
      });
      this.wordsByTerm = byTerm;
    }
    return this.wordsByTerm.get(term) ?? [];
  }

  hasTerm(term: string): boolean {
    return this.termSet.has(term);
  }

  /** Number of documents that contain the surface word (0 when unknown). */
  countOf(word: string): number {
    const index = this.indexOfWord.get(word);
    return index === undefined ? 0 : this.counts[index]!;
  }

  /** Terms of the words that start with `prefix`, the most frequent words first, at most `limit`. */
  prefixTerms(prefix: string, limit: number): string[] {
    const matches: number[] = [];
    for (let i = this.lowerBound(prefix); i < this.words.length && this.words[i]!.startsWith(prefix); i++) matches.push(i);
    matches.sort((a, b) => this.counts[b]! - this.counts[a]! || a - b);
    return uniqueTerms(matches.map((i) => this.terms[i]!), limit);
  }

  /**
   * Terms of the words within `distance` edits (insert, delete, substitute, swap two neighbours) of
   * `word` that start with the same letter. Walks the sorted words as a trie: rows of the edit-distance table are shared by words with
   * a common prefix, and a prefix that is already too far skips every word that starts with it.
   */
  fuzzyTerms(word: string, distance: number, limit: number): string[] {
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
    let i = this.lowerBound(word[0]!);
    const end = this.firstIndexAfterPrefix(word[0]!, i);
    while (i < end) {
      const candidate = this.words[i]!;
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
          i = this.firstIndexAfterPrefix(candidate.slice(0, k), i);
          pruned = true;
          break;
        }
      }
      if (!pruned) valid = candidate.length;
      previous = candidate;
      if (pruned) continue;
      if (rows[candidate.length]![word.length]! <= distance) found.push(i);
      i++;
    }
    found.sort((a, b) => this.counts[b]! - this.counts[a]! || a - b);
    return uniqueTerms(found.map((index) => this.terms[index]!), limit);
  }

  /** Index of the first word not less than `text`. */
  private lowerBound(text: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle]! < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private firstIndexAfterPrefix(prefix: string, from: number): number {
    let low = from;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle]!.startsWith(prefix) || this.words[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
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

function uniqueTerms(terms: readonly string[], limit: number): string[] {
  const unique: string[] = [];
  const seen = new Set<string>();
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
