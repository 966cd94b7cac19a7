import lunr from 'lunr';
import { analyzeWord } from './analyzeText';
import { FIELD_COUNT, PostingIndex, WEIGHT_SCALE } from './postingIndex';
import { SortedLines } from './sortedLines';
import { compareCodeUnits, Vocabulary } from './vocabulary';

/** lunr.Builder's BM25 parameters (its defaults, which `lunr()` keeps). */
const K1 = 1.2;
const B = 0.75;

/** lunr's builder pipeline as `lunr()` sets it up. */
const PIPELINE = new lunr.Pipeline();
PIPELINE.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

/**
 * What `lunr.Builder` computes for documents with one text per field (fields in INDEX_FIELDS order, each
 * with its boost): the same tokenizer, the same pipeline and the same BM25 weights rounded to three decimals,
 * straight into postings. The builder's per-document objects, match data and token set, which the compact
 * index throws away, are never made; the pipeline runs once per distinct token (text is Zipfian, so a few
 * hundred thousand times instead of tens of millions). The vocabulary is collected in the same pass.
 */
export function buildLunrPostings(documents: readonly (readonly string[])[], boosts: readonly number[]): { postings: PostingIndex; vocabulary: Vocabulary } {
  const analysis = new TokenAnalysis();
  const entries = { term: new GrowableArray(), docField: new GrowableArray(), tf: new GrowableArray() };
  const fieldLengths = new Uint32Array(documents.length * FIELD_COUNT);
  const totalLengths = new Float64Array(FIELD_COUNT);
  const frequencyOf = new GrowableArray();
  const touched: number[] = [];
  documents.forEach((texts, doc) => {
    for (let field = 0; field < FIELD_COUNT; field++) {
      let length = 0;
      for (const token of tokenize(texts[field] ?? '')) {
        const { term, word } = analysis.of(token);
        analysis.countWord(word, doc);
        if (term < 0) continue;
        length++;
        if (frequencyOf.add(term, 1) === 1) touched.push(term);
      }
      for (const term of touched) {
        entries.term.push(term);
        entries.docField.push(doc * FIELD_COUNT + field);
        entries.tf.push(frequencyOf.get(term));
        frequencyOf.set(term, 0);
      }
      touched.length = 0;
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
  for (let at = 0; at < count; at++) {
    const id = sortedIdOf[entries.term.get(at)]!;
    const docField = entries.docField.get(at);
    const field = docField % FIELD_COUNT;
    const tf = entries.tf.get(at);
    // lunr.Builder#createFieldVectors, operation for operation, so the rounding matches to the last bit.
    let score = (idf[id]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLengths[docField]! / averageLengths[field]!)) + tf);
    score *= boosts[field] ?? 1;
    const place = fill[id]!++;
    docFields[place] = docField;
    weights[place] = Math.round(score * WEIGHT_SCALE);
  }
  const postings = PostingIndex.encode(terms, starts, docFields, weights, documents.length);
  return { postings, vocabulary: analysis.vocabulary(terms, sortedIdOf) };
}

/** lunr.tokenizer's split (lower case, cut at lunr.tokenizer.separator) without a Token object per word. */
function tokenize(text: string): string[] {
  return text.toLowerCase().split(lunr.tokenizer.separator).filter((token) => token !== '');
}

/** The pipeline's result and the surface word of each distinct token, numbered as first met. */
class TokenAnalysis {
  private readonly tokens = new Map<string, { term: number; word: number }>();
  private readonly termNumbers = new Map<string, number>();
  private readonly wordNumbers = new Map<string, number>();
  private readonly wordTerms: string[] = [];
  private readonly wordCounts = new GrowableArray();
  /** Last document (plus one) each word was counted in. */
  private readonly wordSeenIn = new GrowableArray();

  /** The token's term number (-1 for a stop word) and surface word number (-1 when it has none). */
  of(token: string): { term: number; word: number } {
    let analysed = this.tokens.get(token);
    if (analysed === undefined) {
      // The built-in pipeline maps a token to one term or none.
      const term = PIPELINE.runString(token)[0];
      const word = analyzeWord(token);
      analysed = { term: term === undefined ? -1 : this.number(this.termNumbers, term), word: word === undefined ? -1 : this.number(this.wordNumbers, word.word) };
      if (analysed.word === this.wordTerms.length) this.wordTerms.push(word!.term);
      this.tokens.set(token, analysed);
    }
    return analysed;
  }

  /** Counts the word once per document. */
  countWord(word: number, doc: number): void {
    if (word < 0 || this.wordSeenIn.get(word) === doc + 1) return;
    this.wordSeenIn.set(word, doc + 1);
    this.wordCounts.add(word, 1);
  }

  sortedTerms(): { terms: SortedLines; sortedIdOf: Uint32Array } {
    const terms = [...this.termNumbers.keys()].sort(compareCodeUnits);
    const sortedIdOf = new Uint32Array(terms.length);
    terms.forEach((term, id) => (sortedIdOf[this.termNumbers.get(term)!] = id));
    return { terms: SortedLines.of(terms), sortedIdOf };
  }

  vocabulary(terms: SortedLines, sortedIdOf: Uint32Array): Vocabulary {
    // A word whose term the pipeline did not produce (none with lunr's own functions) could not be searched.
    const words = [...this.wordNumbers.keys()].filter((word) => this.termNumbers.has(this.wordTerms[this.wordNumbers.get(word)!]!)).sort(compareCodeUnits);
    const numbers = words.map((word) => this.wordNumbers.get(word)!);
    return new Vocabulary(
      SortedLines.of(words),
      Uint32Array.from(numbers, (number) => sortedIdOf[this.termNumbers.get(this.wordTerms[number]!)!]!),
      Uint32Array.from(numbers, (number) => this.wordCounts.get(number)),
      terms,
    );
  }

  private number(numbers: Map<string, number>, text: string): number {
    let number = numbers.get(text);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(text, number);
    }
    return number;
  }
}

/** A Uint32Array that grows as needed; reads past the end give 0. */
class GrowableArray {
  private values = new Uint32Array(1024);
  length = 0;

  get(at: number): number {
    return at < this.length ? this.values[at]! : 0;
  }

  set(at: number, value: number): void {
    this.reserve(at + 1);
    this.values[at] = value;
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

  private reserve(length: number): void {
    if (length <= this.values.length) return;
    const grown = new Uint32Array(Math.max(length, this.values.length * 2));
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }
}
