import { analyzeWord, indexedWords, textTokens } from './analyzeText';
import { GrowableArray, LARGE_CHUNK_BYTES } from './growableArray';
import { FIELD_COUNT, WEIGHT_SCALE } from './postingIndex';
import type { PostingIndex } from './postingIndex';
import { PostingWriter } from './postingWriter';
import { SortedLines } from './sortedLines';
import { stopWordIndex } from './stopWords';
import { entryId, entrySpan, isStopEntry, MAX_TITLE_ENTRIES, titleEntry } from './titleWords';
import type { TitleWords } from './titleWords';
import { compareCodeUnits, Vocabulary } from './vocabulary';

/** lunr.Builder's BM25 parameters (its defaults, which `lunr()` keeps). */
const K1 = 1.2;
const B = 0.75;
/**
 * Entries placed in term order per pass over all entries (32 MB of placed entries): at 300,000 papers the
 * entries number about 40 million, and placing them all at once took 300 MB more than the entries themselves.
 */
const PASS_ENTRIES = 1 << 22;
/** Term frequencies are kept in a byte; this one says the frequency is kept apart. */
const LARGE_FREQUENCY = 0xff;

/** How one field is indexed. */
export interface FieldSpec {
  /** lunr's field boost. */
  readonly boost: number;
  /** Also index words written with hyphens or inner punctuation whole (`few-shot` -> `fewshot`). */
  readonly joined: boolean;
  /** Keep stop words as terms: in author names `An`, `Do` and `Will` are names. */
  readonly keepStopWords: boolean;
}

export interface BuiltPostings {
  readonly postings: PostingIndex;
  readonly vocabulary: Vocabulary;
  /** The words of each document's first field (the title) in order. */
  readonly titleWords: TitleWords;
}


/**
 * What `lunr.Builder` computes for documents with one text per field (fields in INDEX_FIELDS order), with our
 * tokenizer (textTokens: folded, every script's letters, LaTeX read, joined forms) and lunr's stop words and
 * stemmer in place of lunr's tokenizer and trimmer: the same BM25 weights rounded to three decimals, straight
 * into postings. The builder's per-document objects, match data and token set, which the compact index throws
 * away, are never made; each distinct word is analysed once. The vocabulary and the title words are collected
 * in the same pass. Documents are asked for one at a time (`textsOf`), so their texts need not all be held.
 *
 * @param passEntries how many entries are placed in term order at a time (see PASS_ENTRIES)
 */
export function buildLunrPostings(docCount: number, textsOf: (doc: number) => readonly string[], fields: readonly FieldSpec[], passEntries = PASS_ENTRIES): BuiltPostings {
  if (fields.length !== FIELD_COUNT) throw new Error(`expected ${FIELD_COUNT} field specs`);
  const analysis = new WordAnalysis();
  const entries = new FieldEntries();
  // Entries are written in document and field order, so where each field's entries end gives their field.
  const fieldEntryEnds = new Uint32Array(docCount * FIELD_COUNT);
  const fieldLengths = new Uint32Array(docCount * FIELD_COUNT);
  const totalLengths = new Float64Array(FIELD_COUNT);
  const frequencyOf = new GrowableArray();
  const touched: number[] = [];
  const titleStarts = new Uint32Array(docCount + 1);
  const titleEntries = new GrowableArray();
  for (let doc = 0; doc < docCount; doc++) {
    const texts = textsOf(doc);
    for (let field = 0; field < FIELD_COUNT; field++) {
      const { joined, keepStopWords } = fields[field]!;
      let length = 0;
      const text = texts[field] ?? '';
      const tokens = textTokens(text, joined);
      for (const word of indexedWords(text, tokens, joined)) {
        const stop = !keepStopWords && stopWordIndex(word) >= 0;
        if (stop) continue;
        const number = analysis.use(word);
        const term = analysis.termOf(number);
        analysis.countWord(number, doc);
        length++;
        if (frequencyOf.add(term, 1) === 1) touched.push(term);
      }
      if (field === 0) {
        for (const token of tokens.slice(0, MAX_TITLE_ENTRIES)) {
          const stop = stopWordIndex(token.word);
          titleEntries.push(stop >= 0 ? titleEntry(stop, token.span, true) : titleEntry(analysis.use(token.word), token.span, false));
        }
        titleStarts[doc + 1] = titleEntries.length;
      }
      for (const term of touched) {
        entries.push(term, frequencyOf.get(term));
        frequencyOf.set(term, 0);
      }
      touched.length = 0;
      fieldEntryEnds[doc * FIELD_COUNT + field] = entries.length;
      fieldLengths[doc * FIELD_COUNT + field] = length;
      totalLengths[field]! += length;
    }
  }

  const { terms, sortedIdOf } = analysis.sortedTerms();
  const averageLengths = totalLengths.map((total) => total / docCount);
  // lunr.Builder#createFieldVectors, operation for operation, so the rounding matches to the last bit.
  const weight = (idf: number, docField: number, frequency: number): number => {
    const field = docField % FIELD_COUNT;
    let score = (idf * ((K1 + 1) * frequency)) / (K1 * (1 - B + B * (fieldLengths[docField]! / averageLengths[field]!)) + frequency);
    score *= fields[field]!.boost;
    return Math.round(score * WEIGHT_SCALE);
  };
  // The vocabulary before the postings, so that the analysis's maps are let go before the postings grow.
  const { vocabulary, sortedWordOf } = analysis.vocabulary(terms, sortedIdOf);
  const titleWordEntries = titleEntries.array();
  // Title entries were written with word numbers as first used; the vocabulary numbers words in sorted order.
  titleWordEntries.forEach((entry, at) => {
    if (!isStopEntry(entry)) titleWordEntries[at] = titleEntry(sortedWordOf[entryId(entry)]!, entrySpan(entry), false);
  });
  const postings = encodePostings(entries, fieldEntryEnds, sortedIdOf, terms, docCount, weight, passEntries);
  return { postings, vocabulary, titleWords: { starts: titleStarts, entries: titleWordEntries } };
}

/**
 * The postings of the entries, term by term in code-unit order. Each pass walks all entries and places those of
 * the next terms that fit in `passEntries` (a stable counting sort, so each term's entries stay in document
 * order); the entries are let go before the postings are joined.
 */
function encodePostings(
  entries: FieldEntries,
  fieldEntryEnds: Uint32Array,
  sortedIdOf: Uint32Array,
  terms: SortedLines,
  docCount: number,
  weight: (idf: number, docField: number, frequency: number) => number,
  passEntries: number,
): PostingIndex {
  const count = entries.length;
  // Each entry's term renumbered in code-unit order, in place, and the number of entries of each term.
  const termEntries = new Uint32Array(terms.length);
  for (let at = 0; at < count; at++) {
    const id = sortedIdOf[entries.terms.get(at)]!;
    entries.terms.set(at, id);
    termEntries[id]!++;
  }
  // lunr.idf counts a document once per field holding the term: the number of entries.
  const idf = Float64Array.from(termEntries, (withTerm) => Math.log(1 + Math.abs((docCount - withTerm + 0.5) / (withTerm + 0.5))));
  const writer = new PostingWriter(terms.length);
  // Placed entries of one pass; made once for the largest pass and reused, so no pass frees memory.
  let docFields = new Uint32Array(0);
  let weights = new Uint32Array(0);
  for (let first = 0; first < terms.length; ) {
    // The next terms whose entries fit in one pass; at least one term, however many entries it has.
    let end = first + 1;
    let size = termEntries[first]!;
    while (end < terms.length && size + termEntries[end]! <= passEntries) size += termEntries[end++]!;
    const starts = new Uint32Array(end - first + 1);
    for (let id = first; id < end; id++) starts[id - first + 1] = starts[id - first]! + termEntries[id]!;
    const fill = starts.slice(0, end - first);
    if (docFields.length < size) {
      docFields = new Uint32Array(Math.max(size, Math.min(passEntries, count)));
      weights = new Uint32Array(docFields.length);
    }
    for (let at = 0, docField = 0; at < count; at++) {
      while (fieldEntryEnds[docField]! <= at) docField++;
      const id = entries.terms.get(at);
      if (id < first || id >= end) continue;
      const place = fill[id - first]!++;
      docFields[place] = docField;
      weights[place] = weight(idf[id]!, docField, entries.frequency(at));
    }
    for (let id = first; id < end; id++) writer.add(docFields, weights, starts[id - first]!, starts[id - first + 1]!);
    first = end;
  }
  entries.clear();
  return writer.finish(terms, docCount);
}

/** The index entries in document and field order: each a term number and its frequency in the field. */
class FieldEntries {
  terms = new GrowableArray(4, LARGE_CHUNK_BYTES);
  private frequencies = new GrowableArray(1, LARGE_CHUNK_BYTES);
  /** Frequencies a byte cannot hold (a word 255 times in one abstract), by entry. */
  private largeFrequencies = new Map<number, number>();

  get length(): number {
    return this.terms.length;
  }

  push(term: number, frequency: number): void {
    if (frequency >= LARGE_FREQUENCY) this.largeFrequencies.set(this.terms.length, frequency);
    this.terms.push(term);
    this.frequencies.push(Math.min(frequency, LARGE_FREQUENCY));
  }

  frequency(at: number): number {
    const frequency = this.frequencies.get(at);
    return frequency === LARGE_FREQUENCY ? this.largeFrequencies.get(at)! : frequency;
  }

  /** Lets the entries go (hundreds of MB at 300,000 papers) once they are encoded. */
  clear(): void {
    this.terms = new GrowableArray();
    this.frequencies = new GrowableArray(1);
    this.largeFrequencies = new Map();
  }
}

/** Each distinct word's number (as first used) and term number, and the number of documents that use it. */
class WordAnalysis {
  private readonly words = new Map<string, number>();
  private readonly termNumbers = new Map<string, number>();
  private readonly wordTerms = new GrowableArray();
  private readonly wordCounts = new GrowableArray();
  /** Last document (plus one) each word was counted in. */
  private readonly wordSeenIn = new GrowableArray();

  /** The word's number, registering it and its term on first use. */
  use(word: string): number {
    let number = this.words.get(word);
    if (number === undefined) {
      const term = analyzeWord(word, true)!.term;
      let termNumber = this.termNumbers.get(term);
      if (termNumber === undefined) {
        termNumber = this.termNumbers.size;
        this.termNumbers.set(term, termNumber);
      }
      number = this.words.size;
      this.wordTerms.push(termNumber);
      this.words.set(word, number);
    }
    return number;
  }

  termOf(word: number): number {
    return this.wordTerms.get(word);
  }

  /** Counts the word once per document. */
  countWord(word: number, doc: number): void {
    if (this.wordSeenIn.get(word) === doc + 1) return;
    this.wordSeenIn.set(word, doc + 1);
    this.wordCounts.add(word, 1);
  }

  sortedTerms(): { terms: SortedLines; sortedIdOf: Uint32Array } {
    const terms = [...this.termNumbers.keys()].sort(compareCodeUnits);
    const sortedIdOf = new Uint32Array(terms.length);
    terms.forEach((term, id) => (sortedIdOf[this.termNumbers.get(term)!] = id));
    return { terms: SortedLines.of(terms), sortedIdOf };
  }

  /**
   * The vocabulary in code-unit order, and each word's place in it by word number. Empties the analysis's maps
   * (tens of MB at 300,000 papers), which nothing needs after it.
   */
  vocabulary(terms: SortedLines, sortedIdOf: Uint32Array): { vocabulary: Vocabulary; sortedWordOf: Uint32Array } {
    const words = [...this.words.keys()].sort(compareCodeUnits);
    const numbers = words.map((word) => this.words.get(word)!);
    const sortedWordOf = new Uint32Array(words.length);
    numbers.forEach((number, sorted) => (sortedWordOf[number] = sorted));
    const vocabulary = new Vocabulary(
      SortedLines.of(words),
      Uint32Array.from(numbers, (number) => sortedIdOf[this.wordTerms.get(number)]!),
      Uint32Array.from(numbers, (number) => this.wordCounts.get(number)),
      terms,
    );
    this.words.clear();
    this.termNumbers.clear();
    return { vocabulary, sortedWordOf };
  }
}
