import { bitCount } from './rankKey';
import { entryId, entrySpan, isStopEntry, MAX_TITLE_ENTRIES } from './titleWords';
import type { TitleWords } from './titleWords';

/** A query word as a title fragment matches it: by index term, as the word being typed, or as a stop word. */
export interface PhraseWord {
  /** Index terms the word matches (the exact term, completions, corrections). */
  readonly terms: Iterable<number>;
  /** Vocabulary words [from, to) that complete the word being typed. */
  readonly completions?: readonly [from: number, to: number];
  /** The word's number in STOP_WORDS, or -1. */
  readonly stop: number;
  /** The vocabulary number of the word as typed, or -1 when the corpus does not have it. */
  readonly exact: number;
}

/** Title words a query may skip between two of its words and still read as one phrase (`when [and] why`). */
const MAX_GAP = 3;

/** Exact words counted in a rank; more never happen in a real title. */
const MAX_EXACT = 7;
/** Most query words (a query word is a bit of a 32-bit mask). */
const MAX_WORDS = 32;

/**
 * Scores titles by how well a query reads as a fragment of them. A run is a stretch of the query's words
 * found in the title in the typed order, each within MAX_GAP title words of the one before; stop words count
 * in a run but a run needs a word that is not one, so stop words alone never rank anything. A title ranks by
 * its longest run of two or more words, then by whether that run starts the title (after leading stop
 * words), then by how many query words it has exactly as typed (`monotonic`, where another title has
 * `monotonicity`, the same index term), then by how few other words the run skips, then by how many of the
 * query's words it has in the typed order however far apart (`certified … randomized smoothing` before
 * `randomized smoothing … certified`).
 */
export class TitlePhrase {
  private readonly termBits = new Map<number, number>();
  private readonly exactBits = new Map<number, number>();
  private readonly stopBits = new Map<number, number>();
  private readonly ranges: { from: number; to: number; bit: number }[] = [];
  private readonly contentBits: number;
  private readonly stopWordBits: number;
  readonly words: number;
  // The title being ranked, an entry at a time: typed arrays reused for every title (ranking runs per match).
  private count = 0;
  private readonly bits = new Uint32Array(MAX_TITLE_ENTRIES);
  private readonly starts = new Int32Array(MAX_TITLE_ENTRIES);
  private readonly ends = new Int32Array(MAX_TITLE_ENTRIES);
  private readonly stops = new Uint8Array(MAX_TITLE_ENTRIES);
  /** Per query word, the most words in typed order found so far ending with it (see inOrder). */
  private readonly chains = new Uint8Array(MAX_WORDS);
  // The last run found (fields, not an object per run: a common word makes thousands of runs per query).
  private runLength = 0;
  private runContent = false;
  private runSkipped = 0;

  /**
   * @param words the query's words in typed order (at most 32)
   * @param wordTerms the index term of each vocabulary word
   */
  constructor(
    words: readonly PhraseWord[],
    private readonly wordTerms: Uint32Array,
  ) {
    this.words = words.length;
    let content = 0;
    let stops = 0;
    words.forEach((word, index) => {
      const bit = 2 ** index;
      for (const term of word.terms) this.termBits.set(term, (this.termBits.get(term) ?? 0) | bit);
      if (word.completions) this.ranges.push({ from: word.completions[0], to: word.completions[1], bit });
      if (word.exact >= 0) this.exactBits.set(word.exact, (this.exactBits.get(word.exact) ?? 0) | bit);
      if (word.stop >= 0) {
        this.stopBits.set(word.stop, (this.stopBits.get(word.stop) ?? 0) | bit);
        stops += bit;
      } else content += bit;
    });
    this.contentBits = content;
    this.stopWordBits = stops;
  }

  /** The rank of document `doc`'s title (see the class); 0 when no query word is in it. */
  rank(titleWords: TitleWords, doc: number): number {
    titleWords.checkPaper?.(doc);
    const { bits, starts, ends, stops } = this;
    let count = 0;
    let position = 0;
    let leadingStops = -1;
    let any = 0;
    let exact = 0;
    for (let at = titleWords.starts[doc]!, end = Math.min(titleWords.starts[doc + 1]!, at + MAX_TITLE_ENTRIES); at < end; at++) {
      const entry = titleWords.entries[at]!;
      const span = entrySpan(entry);
      const stop = isStopEntry(entry);
      if (leadingStops < 0 && !stop) leadingStops = position;
      const matched = stop ? (this.stopBits.get(entryId(entry)) ?? 0) : this.wordBits(entryId(entry));
      bits[count] = matched;
      starts[count] = position;
      ends[count] = position + span - 1;
      stops[count] = stop ? 1 : 0;
      count++;
      any |= matched;
      if (!stop) exact |= this.exactBits.get(entryId(entry)) ?? 0;
      if (span === 1) position++;
    }
    this.count = count;
    if ((any & this.contentBits) === 0) return 0;
    let run = 0;
    let tightness = 0;
    for (let first = 0; first < count; first++) {
      for (let rest = bits[first]!; rest !== 0; rest &= rest - 1) {
        const word = 31 - Math.clz32(rest & -rest);
        this.runFrom(word, first);
        if (this.runLength < 2 || !this.runContent) continue;
        const atStart = starts[first]! <= Math.max(0, leadingStops) ? 1 : 0;
        const rank = 2 * this.runLength + atStart;
        const tight = Math.max(0, 2 - this.runSkipped);
        if (rank > run || (rank === run && tight > tightness)) {
          run = rank;
          tightness = tight;
        }
      }
    }
    const phrase = (run * (MAX_EXACT + 1) + Math.min(MAX_EXACT, bitCount(exact & this.contentBits))) * 3 + tightness;
    return phrase * (MAX_WORDS + 1) + this.inOrder();
  }

  /**
   * The highest rank a title can get that holds at most `content` of the query's words other than stop words
   * (at most every stop word, at the best places): a search ranks only the titles that can still reach the
   * first page.
   */
  bound(content: number): number {
    if (content <= 0) return 0;
    const longest = Math.min(this.words, content + bitCount(this.stopWordBits));
    const run = longest >= 2 ? 2 * longest + 1 : 0;
    const phrase = (run * (MAX_EXACT + 1) + Math.min(MAX_EXACT, content)) * 3 + (run > 0 ? 2 : 0);
    return phrase * (MAX_WORDS + 1) + Math.min(content, this.words);
  }

  /** Whether document `doc`'s title holds a completion of a word being typed (see PhraseWord.completions). */
  holdsCompletion(titleWords: TitleWords, doc: number): boolean {
    titleWords.checkPaper?.(doc);
    for (let at = titleWords.starts[doc]!, end = titleWords.starts[doc + 1]!; at < end; at++) {
      const entry = titleWords.entries[at]!;
      if (isStopEntry(entry)) continue;
      const word = entryId(entry);
      for (const { from, to } of this.ranges) if (word >= from && word < to) return true;
    }
    return false;
  }

  /** The most query words other than stop words that the title has in the typed order, at any distance. */
  private inOrder(): number {
    const { bits, chains } = this;
    chains.fill(0);
    let longest = 0;
    for (let at = 0; at < this.count; at++) {
      const matched = bits[at]!;
      // Later words first, so that one title word never extends a chain it has just ended.
      for (let rest = matched & this.contentBits; rest !== 0; rest &= ~(2 ** (31 - Math.clz32(rest)))) {
        const word = 31 - Math.clz32(rest);
        let before = 0;
        for (let earlier = 0; earlier < word; earlier++) before = Math.max(before, chains[earlier]!);
        chains[word] = Math.max(chains[word]!, before + 1);
        longest = Math.max(longest, chains[word]);
      }
    }
    return longest;
  }

  private wordBits(word: number): number {
    let matched = this.termBits.get(this.wordTerms[word]!) ?? 0;
    for (const { from, to, bit } of this.ranges) if (word >= from && word < to) matched |= bit;
    return matched;
  }

  /**
   * Finds the run that starts with query word `word` at title entry `first`, extended greedily to the nearest
   * next word, with the number of title words other than stop words it skips.
   */
  private runFrom(word: number, first: number): void {
    const { bits, starts, ends, stops } = this;
    let length = 1;
    let skipped = 0;
    let content = (this.contentBits & (2 ** word)) !== 0;
    let lastEnd = ends[first]!;
    let at = first + 1;
    for (let next = word + 1; next < this.words; next++) {
      const bit = 2 ** next;
      let found = -1;
      for (let probe = at; probe < this.count && starts[probe]! <= lastEnd + 1 + MAX_GAP; probe++) {
        if (starts[probe]! > lastEnd && (bits[probe]! & bit) !== 0) {
          found = probe;
          break;
        }
      }
      if (found >= 0) {
        for (let between = at; between < found; between++) if (starts[between]! > lastEnd && ends[between] === starts[between] && !stops[between]) skipped++;
        length++;
        content ||= (this.contentBits & bit) !== 0;
        lastEnd = ends[found]!;
        at = found + 1;
      } else if ((this.stopWordBits & bit) === 0) {
        break;
      }
      // A stop word the title does not have is skipped: people add and drop them freely.
    }
    this.runLength = length;
    this.runContent = content;
    this.runSkipped = skipped;
  }
}
