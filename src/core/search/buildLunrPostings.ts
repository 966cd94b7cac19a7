import { analyzeWord, indexedWords, textTokens } from './analyzeText';
import { FIELD_COUNT, PostingIndex, WEIGHT_SCALE } from './postingIndex';
import { SortedLines } from './sortedLines';
import { stopWordIndex } from './stopWords';
import { entryId, entrySpan, isStopEntry, MAX_TITLE_ENTRIES, titleEntry } from './titleWords';
import type { TitleWords } from './titleWords';
import { compareCodeUnits, Vocabulary } from './vocabulary';

/** lunr.Builder's BM25 parameters (its defaults, which `lunr()` keeps). */
const K1 = 1.2;
const B = 0.75;
/** GrowableArray chunks hold 2^16 values (256 kB). */
const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

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
 * in the same pass.
 */
export function buildLunrPostings(documents: readonly (readonly string[])[], fields: readonly FieldSpec[]): BuiltPostings {
  if (fields.length !== FIELD_COUNT) throw new Error(`expected ${FIELD_COUNT} field specs`);
  const analysis = new WordAnalysis();
  // Entries are written in document and field order, so where each field's entries start gives their field.
  const entries = { term: new GrowableArray(), tf: new GrowableArray() };
  const fieldEntryEnds = new Uint32Array(documents.length * FIELD_COUNT);
  const fieldLengths = new Uint32Array(documents.length * FIELD_COUNT);
  const totalLengths = new Float64Array(FIELD_COUNT);
  const frequencyOf = new GrowableArray();
  const touched: number[] = [];
  const titleStarts = new Uint32Array(documents.length + 1);
  const titleEntries = new GrowableArray();
  documents.forEach((texts, doc) => {
    for (let field = 0; field < FIELD_COUNT; field++) {
      const { joined, keepStopWords } = fields[field]!;
      let length = 0;
      const text = texts[field] ?? '';
      const tokens = textTokens(text, joined);
      for (const word of indexedWords(text, tokens, joined)) {
        const stop = !keepStopWords && stopWordIndex(word) >= 0;
        if (stop) continue;
        const { term, number } = analysis.use(word);
        analysis.countWord(number, doc);
        length++;
        if (frequencyOf.add(term, 1) === 1) touched.push(term);
      }
      if (field === 0) {
        for (const token of tokens.slice(0, MAX_TITLE_ENTRIES)) {
          const stop = stopWordIndex(token.word);
          titleEntries.push(stop >= 0 ? titleEntry(stop, token.span, true) : titleEntry(analysis.use(token.word).number, token.span, false));
        }
        titleStarts[doc + 1] = titleEntries.length;
      }
      for (const term of touched) {
        entries.term.push(term);
        entries.tf.push(frequencyOf.get(term));
        frequencyOf.set(term, 0);
      }
      touched.length = 0;
      fieldEntryEnds[doc * FIELD_COUNT + field] = entries.term.length;
      fieldLengths[doc * FIELD_COUNT + field] = length;
      totalLengths[field]! += length;
    }
  });

  // Terms in code-unit order, and each entry placed with its term (a stable counting sort keeps doc order).
  const { terms, sortedIdOf } = analysis.sortedTerms();
  const count = entries.term.length;
  const starts = new Uint32Array(terms.length + 1);
  for (let at = 0; at < count; at++) starts[sortedIdOf[entries.term.get(at)]! + 1]!++;
  for (let i = 0; i < terms.length; i++) starts[i + 1]! += starts[i]!;
  // lunr.idf counts a document once per field holding the term: the number of entries.
  const idf = Float64Array.from({ length: terms.length }, (_, id) => {
    const withTerm = starts[id + 1]! - starts[id]!;
    return Math.log(1 + Math.abs((documents.length - withTerm + 0.5) / (withTerm + 0.5)));
  });
  const averageLengths = totalLengths.map((total) => total / documents.length);
  const fill = starts.slice(0, terms.length);
  const docFields = new Uint32Array(count);
  const weights = new Uint32Array(count);
  for (let at = 0, docField = 0; at < count; at++) {
    while (fieldEntryEnds[docField]! <= at) docField++;
    const id = sortedIdOf[entries.term.get(at)]!;
    const field = docField % FIELD_COUNT;
    const tf = entries.tf.get(at);
    // lunr.Builder#createFieldVectors, operation for operation, so the rounding matches to the last bit.
    let score = (idf[id]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLengths[docField]! / averageLengths[field]!)) + tf);
    score *= fields[field]!.boost;
    const place = fill[id]!++;
    docFields[place] = docField;
    weights[place] = Math.round(score * WEIGHT_SCALE);
  }
  const postings = PostingIndex.encode(terms, starts, docFields, weights, documents.length);
  const { vocabulary, sortedWordOf } = analysis.vocabulary(terms, sortedIdOf);
  const titleWordEntries = titleEntries.array();
  // Title entries were written with word numbers as first used; the vocabulary numbers words in sorted order.
  titleWordEntries.forEach((entry, at) => {
    if (!isStopEntry(entry)) titleWordEntries[at] = titleEntry(sortedWordOf[entryId(entry)]!, entrySpan(entry), false);
  });
  return { postings, vocabulary, titleWords: { starts: titleStarts, entries: titleWordEntries } };
}

/** Each distinct word's term and number (as first used), and the number of documents that use it. */
class WordAnalysis {
  private readonly words = new Map<string, { term: number; number: number }>();
  private readonly termNumbers = new Map<string, number>();
  private readonly wordTerms: number[] = [];
  private readonly wordCounts = new GrowableArray();
  /** Last document (plus one) each word was counted in. */
  private readonly wordSeenIn = new GrowableArray();

  /** The word's term number and word number, registering both on first use. */
  use(word: string): { term: number; number: number } {
    let used = this.words.get(word);
    if (used === undefined) {
      const term = analyzeWord(word, true)!.term;
      let termNumber = this.termNumbers.get(term);
      if (termNumber === undefined) {
        termNumber = this.termNumbers.size;
        this.termNumbers.set(term, termNumber);
      }
      used = { term: termNumber, number: this.words.size };
      this.wordTerms.push(termNumber);
      this.words.set(word, used);
    }
    return used;
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

  /** The vocabulary in code-unit order, and each word's place in it by word number. */
  vocabulary(terms: SortedLines, sortedIdOf: Uint32Array): { vocabulary: Vocabulary; sortedWordOf: Uint32Array } {
    const words = [...this.words.keys()].sort(compareCodeUnits);
    const numbers = words.map((word) => this.words.get(word)!.number);
    const sortedWordOf = new Uint32Array(words.length);
    numbers.forEach((number, sorted) => (sortedWordOf[number] = sorted));
    const vocabulary = new Vocabulary(
      SortedLines.of(words),
      Uint32Array.from(numbers, (number) => sortedIdOf[this.wordTerms[number]!]!),
      Uint32Array.from(numbers, (number) => this.wordCounts.get(number)),
      terms,
    );
    return { vocabulary, sortedWordOf };
  }
}

/**
 * A Uint32Array that grows as needed, kept in fixed-size chunks: growing never copies and never holds twice
 * the values (with 300,000 papers the entries number tens of millions); reads past the end give 0.
 */
class GrowableArray {
  private readonly chunks: Uint32Array[] = [];
  length = 0;

  get(at: number): number {
    return at < this.length ? this.chunks[at >>> CHUNK_BITS]![at & CHUNK_MASK]! : 0;
  }

  set(at: number, value: number): void {
    while (this.chunks.length <= at >>> CHUNK_BITS) this.chunks.push(new Uint32Array(CHUNK_SIZE));
    this.chunks[at >>> CHUNK_BITS]![at & CHUNK_MASK] = value;
    if (at >= this.length) this.length = at + 1;
  }

  /** Adds to the value at `at` and returns the sum. */
  add(at: number, amount: number): number {
    const sum = this.get(at) + amount;
    this.set(at, sum);
    return sum;
  }

  push(value: number): void {
    this.set(this.length, value);
  }

  /** The values as an array of their own. */
  array(): Uint32Array {
    const values = new Uint32Array(this.length);
    this.chunks.forEach((chunk, i) => values.set(chunk.subarray(0, Math.min(CHUNK_SIZE, this.length - i * CHUNK_SIZE)), i * CHUNK_SIZE));
    return values;
  }
}
