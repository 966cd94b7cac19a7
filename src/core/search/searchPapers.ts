import type { Paper } from '../dataset/paper';
import { english } from '../translate';
import type { Translate } from '../translate';
import type { DecisionTier } from '../venues';
import { analyzeWord } from './analyzeText';
import type { PaperFacts, SearchIndex } from './buildSearchIndex';
import { firstAuthorNamed } from './firstAuthorNamed';
import { parseQuery, shorten } from './parseQuery';
import type { ParsedQuery, QueryWord, YearRange } from './parseQuery';
import { ALL_FIELDS, INDEX_FIELDS } from './postingIndex';
import { postingHas, scoreTerms } from './scoreTerms';
import type { TermClause } from './scoreTerms';
import { stopWordIndex } from './stopWords';
import { addPhraseRanks, phraseScratch } from './phraseRanks';
import type { PhraseScratch } from './phraseRanks';
import { bitCount, COVERED_UNIT, MAX_COVERED } from './rankKey';
import { TitlePhrase } from './titlePhrase';
import type { PhraseWord } from './titlePhrase';

export interface SearchHit {
  readonly paper: Paper;
  /**
   * Number of query words the paper matches plus a fraction in [0, 1) from lunr's BM25 score:
   * hits are ordered by this, so a paper matching every word always comes before one matching fewer.
   */
  readonly score: number;
  /**
   * Lower-cased words that matched, for highlighting: every spelling the corpus has of each matched
   * term (`diffusion`, `diffusions`), so some may not occur in this paper's text.
   */
  readonly matchedTerms: readonly string[];
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Matching papers before the limit was applied. */
  readonly total: number;
  /** Explains ignored or reinterpreted input; absent when the query was understood as typed. */
  readonly hint?: string;
}

export interface SearchOptions {
  /** Most hits returned; default 50. */
  readonly limit?: number;
  /** False leaves every hit's matchedTerms empty: for callers that only want which papers match. */
  readonly withMatchedTerms?: boolean;
  /** The language of the hint; English when absent. */
  readonly translate?: Translate;
}

const DEFAULT_LIMIT = 50;
// Exact words outrank completions of the word being typed, which outrank typo corrections.
const EXACT_BOOST = 10;
const PREFIX_BOOST = 4;
const FUZZY_BOOST = 2;
/** Most index terms one typed prefix or typo expands to; more add noise and time. */
const MAX_EXPANSIONS = 20;
/** Papers that must contain a word before it is taken as spelled as intended. */
const KNOWN_WORD_COUNT = 3;
/** A hint longer than this is cut: it is read above the results, and input is bounded but hints add up. */
const MAX_HINT_LENGTH = 400;
/** Venues a hint lists; an imported dataset may have hundreds. */
const MAX_LISTED_VENUES = 10;
const ACCEPTED_TIERS: ReadonlySet<DecisionTier> = new Set(['oral', 'spotlight', 'poster']);

interface WordClauses {
  readonly word: QueryWord;
  /** Index term number -> boost of its best way of matching this word. */
  readonly terms: ReadonlyMap<number, number>;
  /** Vocabulary words [from, to) that complete the word being typed. */
  readonly completions?: readonly [number, number];
}

/** Searches the index with what the user typed. Never throws for any input string. */
export function searchPapers(index: SearchIndex, input: string, options: SearchOptions = {}): SearchResult {
  return runQuery(index, parseQuery(input, options.translate), options);
}

/** Searches with an already parsed query. */
export function runQuery(index: SearchIndex, query: ParsedQuery, options: SearchOptions = {}): SearchResult {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const t = options.translate ?? english;
  const hints = [...query.hints];
  // Only a query with venue: reads the dataset's venues, so the first search after loading does not pay for it.
  const typedVenues = [...query.venues, ...query.excludedVenues];
  if (typedVenues.length > 0) {
    const venues = venuesOf(index);
    const unknown = typedVenues.filter((name) => !venues.has(name));
    if (unknown.length > 0) {
      const listed = [...venues].slice(0, MAX_LISTED_VENUES).map((name) => `venue:${name}`);
      if (venues.size > MAX_LISTED_VENUES) listed.push('…');
      hints.push(t('No paper is from {0}; this dataset has {1}', unknown.map((name) => `venue:${shorten(name)}`).join(', '), listed.join(', ')));
    }
  }
  const positive = query.words.filter((word) => word.presence !== 'excluded');
  const excluded = query.words.filter((word) => word.presence === 'excluded');
  const expanded = positive.map((word) => expandWord(index, word));
  const clauses = expanded.filter((clauses): clauses is WordClauses => clauses !== undefined);
  const hasFilters =
    query.years.length + query.tiers.length + query.venues.length + query.excludedYears.length + query.excludedTiers.length + query.excludedVenues.length > 0;

  const unmatchable = positive.filter((word) => !clauses.some((clause) => clause.word === word));
  if (positive.length > 0 && clauses.length === 0) {
    if (unmatchable.every((word) => termOf(word) === undefined)) {
      const onlySymbols = unmatchable.every((word) => !/[\p{L}\p{N}]/u.test(word.text));
      hints.push(onlySymbols ? t('Nothing to search for: type a word') : t('Only very common words: add a more specific word'));
    }
    return finish([], 0, hints);
  }
  // A required word that no paper contains leaves nothing to show; stop words (from phrases) are not counted.
  if (unmatchable.some((word) => word.presence === 'required' && termOf(word) !== undefined)) return finish([], 0, hints);
  if (clauses.length === 0 && excluded.length === 0) {
    if (!hasFilters) return finish([], 0, hints);
    const listed: number[] = [];
    for (let doc = 0; doc < index.paperCount; doc++) if (passesFilters(index.facts, doc, query)) listed.push(doc);
    listed.sort((a, b) => byYearThenTitle(index, a, b));
    return finish(
      listed.slice(0, limit).map((doc) => ({ paper: index.paperAt(doc), score: 0, matchedTerms: [] })),
      listed.length,
      hints,
    );
  }

  const termClauses: TermClause[] = clauses.flatMap(({ word, terms }, group) =>
    [...terms].map(([termId, boost]) => ({ termId, boost, fields: fieldsOf(word), group })),
  );
  const { candidates, scores, coverage, titleCoverage } = scoreTerms(index.postings, termClauses);
  const prohibited = excluded.length > 0 ? new Uint8Array(index.paperCount) : undefined;
  for (const word of excluded) {
    const term = termOf(word);
    const termId = term === undefined ? -1 : index.postings.termId(term);
    if (termId < 0) continue;
    const { docs, masks } = index.postings.posting(termId);
    docs.forEach((doc, i) => (prohibited![doc]! |= masks[i]! & fieldsOf(word)));
  }
  let required = 0;
  clauses.forEach(({ word }, group) => (required |= word.presence === 'required' ? 2 ** group : 0));
  // Only -words: lunr answers with every paper that lacks them, unscored.
  const pool = clauses.length === 0 ? Array.from({ length: index.paperCount }, (_, doc) => doc) : candidates;
  // Document numbers in a typed list: a common word matches most of a 100,000-paper corpus, and an object per
  // match, or even a push per match onto an array, costs more than the scoring.
  const { keys, rankedList, titledList, named, phrase: phraseArrays } = scratchOf(index);
  const namedPapers = firstAuthorNamed(index, positive);
  for (const papers of namedPapers) for (let at = 0; at < papers.length; at++) named[papers[at]!] = 1;
  const coveredCounts = new Uint32Array(MAX_COVERED + 1);
  let rankedCount = 0;
  let titledCount = 0;
  for (let at = 0; at < pool.length; at++) {
    const doc = pool[at]!;
    const covers = coverage[doc]!;
    if ((prohibited !== undefined && prohibited[doc] !== 0) || (covers & required) >>> 0 !== required >>> 0 || (hasFilters && !passesFilters(index.facts, doc, query))) continue;
    rankedList[rankedCount++] = doc;
    const covered = bitCount(covers);
    keys[doc] = covered * COVERED_UNIT + named[doc]!;
    coveredCounts[covered]!++;
    if (titleCoverage[doc] !== 0) titledList[titledCount++] = doc;
  }
  for (const papers of namedPapers) for (let at = 0; at < papers.length; at++) named[papers[at]!] = 0;
  const ranked = rankedList.subarray(0, rankedCount);
  const phrase = titlePhraseOf(index, positive, expanded);
  const titled = titledList.subarray(0, titledCount);
  if (phrase !== undefined) addPhraseRanks({ titled, coveredCounts, keys, scores, titleCoverage }, phrase.phrase, index.titleWords, phrase.typedGroupBit, limit, phraseArrays);
  const top = topRanked(ranked, limit, keys, scores, (a, b) => byStanding(index, a, b));
  const spellings = options.withMatchedTerms === false ? undefined : matchedSpellings(index, termClauses, top);
  const hits = top.map((doc, at) => ({
    paper: index.paperAt(doc),
    score: Math.floor(keys[doc]! / COVERED_UNIT) + scores[doc]! / (1 + scores[doc]!),
    matchedTerms: spellings?.[at] ?? [],
  }));
  return finish(hits, ranked.length, hints);
}

/**
 * The title phrase of the query's words that search every field (see TitlePhrase), with the clause group bit
 * of the word being typed (0 for none); undefined for fewer than two such words, which make no phrase.
 */
function titlePhraseOf(index: SearchIndex, positive: readonly QueryWord[], expanded: readonly (WordClauses | undefined)[]): { phrase: TitlePhrase; typedGroupBit: number } | undefined {
  const words: PhraseWord[] = [];
  let typedGroupBit = 0;
  let group = -1;
  positive.forEach((word, at) => {
    const clauses = expanded[at];
    if (clauses) group++;
    if (word.fields.length > 0) return;
    const stop = stopWordIndex(word.text);
    const exact = index.vocabulary.words.indexOf(word.text);
    if (clauses?.completions) typedGroupBit = 2 ** group;
    if (clauses || stop >= 0) words.push({ terms: clauses?.terms.keys() ?? [], ...(clauses?.completions ? { completions: clauses.completions } : {}), stop, exact });
  });
  return words.length < 2 ? undefined : { phrase: new TitlePhrase(words, index.vocabulary.wordTerms), typedGroupBit };
}

interface RankScratch {
  /** Per ranked paper, what orders it before its score: see COVERED_UNIT. */
  readonly keys: Uint32Array;
  readonly rankedList: Uint32Array;
  /** The ranked papers with a query word in their title. */
  readonly titledList: Uint32Array;
  /** 1 for the papers whose first author the query names, during a query; 0 otherwise. */
  readonly named: Uint8Array;
  readonly phrase: PhraseScratch;
}

const scratches = new WeakMap<SearchIndex, RankScratch>();

/** Per-paper arrays kept between queries, as scoreTerms keeps its own; each query writes those it reads. */
function scratchOf(index: SearchIndex): RankScratch {
  let scratch = scratches.get(index);
  if (scratch === undefined) {
    const count = index.paperCount;
    scratch = { keys: new Uint32Array(count), rankedList: new Uint32Array(count), titledList: new Uint32Array(count), named: new Uint8Array(count), phrase: phraseScratch(count) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * The best `limit` papers in order: higher key first, then higher score, then `tie`. A bounded heap instead of
 * sorting every match: a common word matches most of a 300,000-paper corpus, and only the first page is shown.
 * The loop compares typed arrays in place, no call per paper: in a one-off process (`paper-lookup search`)
 * this code runs once, mostly before the JIT has optimised it.
 */
function topRanked(ranked: Uint32Array, limit: number, keys: Uint32Array, scores: Float64Array, tie: (a: number, b: number) => number): number[] {
  const compare = (a: number, b: number): number => keys[b]! - keys[a]! || scores[b]! - scores[a]! || tie(a, b);
  if (ranked.length <= limit * 4) return Array.from(ranked.sort(compare).subarray(0, limit));
  if (limit === 0) return [];
  // heap[0] is the worst paper kept so far.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => compare(a, b) > 0;
  for (let at = 0; at < ranked.length; at++) {
    const doc = ranked[at]!;
    if (heap.length < limit) {
      heap.push(doc);
      for (let child = heap.length - 1; child > 0; ) {
        const parent = (child - 1) >> 1;
        if (!worse(heap[child]!, heap[parent]!)) break;
        [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
        child = parent;
      }
      continue;
    }
    const worst = heap[0]!;
    // Most papers lose to the worst kept on the key or the score alone.
    if (keys[doc]! < keys[worst]! || (keys[doc] === keys[worst] && (scores[doc]! < scores[worst]! || (scores[doc] === scores[worst] && tie(worst, doc) <= 0)))) continue;
    heap[0] = doc;
    for (let parent = 0; ; ) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let lowest = parent;
      if (left < heap.length && worse(heap[left]!, heap[lowest]!)) lowest = left;
      if (right < heap.length && worse(heap[right]!, heap[lowest]!)) lowest = right;
      if (lowest === parent) break;
      [heap[parent], heap[lowest]] = [heap[lowest]!, heap[parent]!];
      parent = lowest;
    }
  }
  return heap.sort(compare);
}

function expandWord(index: SearchIndex, word: QueryWord): WordClauses | undefined {
  const terms = new Map<number, number>();
  const add = (term: number, boost: number): void => {
    if ((terms.get(term) ?? 0) < boost) terms.set(term, boost);
  };
  const term = termOf(word);
  const exact = term === undefined ? -1 : index.postings.termId(term);
  const fields = fieldsOf(word);
  if (exact >= 0 && (index.postings.termFields[exact]! & fields) !== 0) add(exact, EXACT_BOOST);
  // Completions and corrections from the words of the fields searched: `author:sch` completes names, not `scheme`.
  const accept = fields === ALL_FIELDS ? undefined : (id: number): boolean => (index.postings.termFields[id]! & fields) !== 0;
  const surface = word.text;
  let completions: [number, number] | undefined;
  if (word.prefix && surface.length >= 2) {
    for (const id of index.vocabulary.prefixTerms(surface, prefixExpansions(surface), accept)) add(id, PREFIX_BOOST);
    completions = index.vocabulary.prefixRange(surface);
  }
  // A word many papers use is what the user meant; correcting it would only add noise and time. A stop word
  // is meant too: `when` is not a typo of `wen`.
  // The word being typed that already completes to words is not misspelt so far.
  const known = index.vocabulary.countOf(surface) >= KNOWN_WORD_COUNT || (term === undefined && stopWordIndex(surface) >= 0) || (completions !== undefined && terms.size > 0);
  const distance = known ? 0 : editDistanceFor(surface);
  // A word one edit away that papers use is what was meant: `tranformer` is transformer, and a rarer word two
  // edits away (treeformer) would outrank it on its rarity alone. Two edits are tried only without one.
  for (let edits = 1; edits <= distance; edits++) {
    const corrections = index.vocabulary.fuzzyTerms(surface, edits, MAX_EXPANSIONS, accept);
    for (const id of corrections) add(id, FUZZY_BOOST);
    if (corrections.some((id) => index.vocabulary.wordsOf(id).some((spelling) => index.vocabulary.countOf(spelling) >= KNOWN_WORD_COUNT))) break;
  }
  if (terms.size === 0) return undefined;
  return completions ? { word, terms, completions } : { word, terms };
}

/** The word's index term; undefined for a stop word, except in author names, where `An` or `Do` is a name. */
function termOf(word: QueryWord): string | undefined {
  return analyzeWord(word.text, word.fields.length > 0 && word.fields.every((field) => field === 'authors'))?.term;
}

/**
 * The first keystrokes match thousands of words; their most common few are what the user is likely
 * typing, and each extra common completion costs a posting of most of the corpus.
 */
function prefixExpansions(prefix: string): number {
  return prefix.length <= 2 ? 4 : prefix.length === 3 ? 8 : MAX_EXPANSIONS;
}

/** Short words have too many neighbours one edit away to correct safely; very long ones are not words. */
function editDistanceFor(word: string): number {
  if (word.length > 40) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

function fieldsOf(word: QueryWord): number {
  return word.fields.length === 0 ? ALL_FIELDS : word.fields.reduce((mask, field) => mask | (1 << INDEX_FIELDS.indexOf(field)), 0);
}

function passesFilters(facts: PaperFacts, doc: number, query: ParsedQuery): boolean {
  const year = facts.year(doc);
  const inYears = (ranges: readonly YearRange[]): boolean => year !== undefined && ranges.some((range) => range.from <= year && year <= range.to);
  if (query.years.length > 0 && !inYears(query.years)) return false;
  const tier = facts.tier(doc);
  if (query.tiers.length > 0 && !query.tiers.includes(tier)) return false;
  if (query.venues.length > 0 && !query.venues.includes(facts.venue(doc).toLowerCase())) return false;
  if (inYears(query.excludedYears) || query.excludedTiers.includes(tier)) return false;
  return query.excludedVenues.length === 0 || !query.excludedVenues.includes(facts.venue(doc).toLowerCase());
}

/** Among equally good matches: accepted papers first, then newer, then alphabetical (see README, Search). */
function byStanding(index: SearchIndex, a: number, b: number): number {
  return Number(ACCEPTED_TIERS.has(index.facts.tier(b))) - Number(ACCEPTED_TIERS.has(index.facts.tier(a))) || byYearThenTitle(index, a, b);
}

/** Newest first, then alphabetical: the order a filtered listing is read in. */
function byYearThenTitle(index: SearchIndex, a: number, b: number): number {
  return (index.facts.year(b) ?? -Infinity) - (index.facts.year(a) ?? -Infinity) || index.titleRanks[a]! - index.titleRanks[b]!;
}

/**
 * For each hit, the corpus's spellings of the query terms the paper holds; the ones in its text are among them.
 * Looked up in the vocabulary rather than re-tokenising every hit's abstract on each keystroke.
 */
function matchedSpellings(index: SearchIndex, clauses: readonly TermClause[], docs: readonly number[]): string[][] {
  const fieldsOfTerm = new Map<number, number>();
  for (const { termId, fields } of clauses) fieldsOfTerm.set(termId, (fieldsOfTerm.get(termId) ?? 0) | fields);
  const found = docs.map((): number[] => []);
  // Each posting read once for all hits, not once per hit and term.
  for (const [termId, fields] of fieldsOfTerm) {
    const posting = index.postings.posting(termId);
    docs.forEach((doc, at) => {
      if (postingHas(posting, doc, fields)) found[at]!.push(termId);
    });
  }
  return found.map((terms) => terms.flatMap((termId) => index.vocabulary.wordsOf(termId)));
}

const venueCache = new WeakMap<SearchIndex, ReadonlySet<string>>();

/** The dataset's venues as `venue:` filters compare them (lower case); read once per index. */
function venuesOf(index: SearchIndex): ReadonlySet<string> {
  let venues = venueCache.get(index);
  if (venues === undefined) {
    venues = new Set(index.facts.venues().map((venue) => venue.toLowerCase()));
    venueCache.set(index, venues);
  }
  return venues;
}

function finish(hits: SearchHit[], total: number, hints: readonly string[]): SearchResult {
  if (hints.length === 0) return { hits, total };
  const hint = [...new Set(hints)].join('; ');
  return { hits, total, hint: hint.length > MAX_HINT_LENGTH ? `${hint.slice(0, MAX_HINT_LENGTH - 1)}…` : hint };
}
