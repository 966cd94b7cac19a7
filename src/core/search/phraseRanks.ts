import { bitCount, COVERED_UNIT, MAX_COVERED, PHRASE_UNIT } from './rankKey';
import type { TitlePhrase } from './titlePhrase';
import type { TitleWords } from './titleWords';

/** The ranked papers and what scoring found for them. */
export interface RankedPapers {
  /** The ranked papers that match a query word in their title: only their titles can rank. */
  readonly titled: Uint32Array;
  /** How many ranked papers match each number of query words. */
  readonly coveredCounts: Uint32Array;
  /** Per paper, its key so far: words matched times COVERED_UNIT, plus 1 for a named first author (see rankKey). */
  readonly keys: Uint32Array;
  readonly scores: Float64Array;
  /** Bits of the query words each paper matches in its title. */
  readonly titleCoverage: Uint32Array;
}

/** Per-paper arrays kept between queries, as scoreTerms keeps its own. */
export interface PhraseScratch {
  readonly order: Uint32Array;
  readonly staged: Uint32Array;
  readonly levels: Uint16Array;
}

export function phraseScratch(papers: number): PhraseScratch {
  return { order: new Uint32Array(papers), staged: new Uint32Array(papers), levels: new Uint16Array(papers) };
}

/**
 * Adds each ranked paper's title-phrase rank to its key, times PHRASE_UNIT, for the papers that can reach the
 * first `limit`. A common word's title is in most of a large index, and ranking every title took most of a
 * multi-word query; so titles are ranked in order of the best key they could reach (by the words the paper
 * matches, then how many the title holds), and a title is left unranked once `limit` papers are known to
 * rank before anything it could reach: a higher key, or the same key and a higher score.
 *
 * @param typedGroupBit the query word being typed, whose completions a title may hold without the postings
 *   having searched them (titleCoverage holds only the completions searched); 0 when none
 */
export function addPhraseRanks(papers: RankedPapers, phrase: TitlePhrase, titleWords: TitleWords, typedGroupBit: number, limit: number, scratch: PhraseScratch): void {
  const { titled, coveredCounts, keys, scores, titleCoverage } = papers;
  let rankedCount = 0;
  for (const count of coveredCounts) rankedCount += count;
  if (titled.length === 0 || limit === 0) return;
  // Only papers matching as many words as the limit-th best, or more, can reach the first page.
  let cutoff = MAX_COVERED;
  for (let reached = coveredCounts[cutoff]!; cutoff > 0 && reached < limit; reached += coveredCounts[--cutoff]!);
  const least = cutoff * COVERED_UNIT;
  const coveredOf = (doc: number): number => Math.floor(keys[doc]! / COVERED_UNIT);
  // Stage the titles to rank with their level (words matched above the cutoff, most query words the title
  // holds); the papers left, whose keys are final, are counted by words matched.
  const { order, staged, levels } = scratch;
  const width = MAX_COVERED + 2;
  const levelStarts = new Uint32Array((MAX_COVERED - cutoff + 1) * width + 1);
  const plain = coveredCounts.slice();
  let stagedCount = 0;
  for (let at = 0; at < titled.length; at++) {
    const doc = titled[at]!;
    if (keys[doc]! < least) continue;
    const title = titleCoverage[doc]!;
    const typed = typedGroupBit !== 0 && (title & typedGroupBit) === 0 && phrase.holdsCompletion(titleWords, doc) ? 1 : 0;
    const level = (coveredOf(doc) - cutoff) * width + bitCount(title) + typed;
    plain[coveredOf(doc)]!--;
    staged[stagedCount] = doc;
    levels[stagedCount++] = level;
    levelStarts[level + 1]!++;
  }
  for (let level = 1; level < levelStarts.length; level++) levelStarts[level]! += levelStarts[level - 1]!;
  const fill = levelStarts.slice(0, -1);
  for (let at = 0; at < stagedCount; at++) order[fill[levels[at]!]!++] = staged[at]!;

  const best = new BestRanked(rankedCount > limit ? limit : 0);
  /** How many papers are known to have a key above `key`. */
  const above = (key: number): number => {
    let count = best.keysAbove(key);
    for (let covered = MAX_COVERED; covered * COVERED_UNIT > key && count < limit; covered--) count += plain[covered]!;
    return count;
  };
  for (let level = levelStarts.length - 2; level >= 0; level--) {
    if (levelStarts[level] === levelStarts[level + 1]) continue;
    // The most a title of this level can add to its paper's key; no key of the level exceeds `most`.
    const bound = phrase.bound(level % width) * PHRASE_UNIT;
    const most = (cutoff + Math.floor(level / width)) * COVERED_UNIT + bound + 1;
    if (best.size > 0 && above(most) >= limit) break;
    for (let at = levelStarts[level]!; at < levelStarts[level + 1]!; at++) {
      const doc = order[at]!;
      if (best.beats(keys[doc]! + bound, scores[doc]!)) continue;
      keys[doc]! += phrase.rank(titleWords, doc) * PHRASE_UNIT;
      best.add(keys[doc]!, scores[doc]!);
    }
  }
}

/** The `size` best (key, score) pairs added so far, as a heap with the worst first (none when size is 0). */
class BestRanked {
  private readonly keys: Uint32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(readonly size: number) {
    this.keys = new Uint32Array(size);
    this.scores = new Float64Array(size);
  }

  /**
   * Whether `size` pairs are known that rank before any paper whose key is at most `key` and whose score is
   * `score`: each has a higher key, or that key and a higher score.
   */
  beats(key: number, score: number): boolean {
    return this.count === this.size && this.size > 0 && (this.keys[0]! > key || (this.keys[0] === key && this.scores[0]! > score));
  }

  add(key: number, score: number): void {
    const { keys, scores } = this;
    if (this.size === 0) return;
    let at: number;
    if (this.count < this.size) {
      at = this.count++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!below(key, score, keys[parent]!, scores[parent]!)) break;
        this.move(parent, at);
        at = parent;
      }
    } else {
      if (!below(keys[0]!, scores[0]!, key, score)) return;
      at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= this.count) break;
        if (child + 1 < this.count && below(keys[child + 1]!, scores[child + 1]!, keys[child]!, scores[child]!)) child++;
        if (!below(keys[child]!, scores[child]!, key, score)) break;
        this.move(child, at);
        at = child;
      }
    }
    keys[at] = key;
    scores[at] = score;
  }

  keysAbove(key: number): number {
    let count = 0;
    for (let at = 0; at < this.count; at++) if (this.keys[at]! > key) count++;
    return count;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.scores[to] = this.scores[from]!;
  }
}

/** Whether (key, score) ranks below (otherKey, otherScore). */
function below(key: number, score: number, otherKey: number, otherScore: number): boolean {
  return key < otherKey || (key === otherKey && score < otherScore);
}
