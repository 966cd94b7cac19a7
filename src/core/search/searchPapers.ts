import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { analyzeWord } from './analyzeText';
import type { SearchIndex } from './buildSearchIndex';
import { parseQuery } from './parseQuery';
import type { ParsedQuery, QueryWord } from './parseQuery';

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
}

const DEFAULT_LIMIT = 50;
// Exact words outrank completions of the word being typed, which outrank typo corrections.
const EXACT_BOOST = 10;
const PREFIX_BOOST = 4;
const FUZZY_BOOST = 2;
/** Most index terms one typed prefix or typo expands to; more clauses make lunr slow and add noise. */
const MAX_EXPANSIONS = 20;
/** Papers that must contain a word before it is taken as spelled as intended. */
const KNOWN_WORD_COUNT = 3;

interface WordClauses {
  readonly word: QueryWord;
  /** Index term -> boost of its best way of matching this word. */
  readonly terms: ReadonlyMap<string, number>;
  readonly termList: readonly string[];
}

/** Searches the index with what the user typed. Never throws for any input string. */
export function searchPapers(index: SearchIndex, input: string, options: SearchOptions = {}): SearchResult {
  return runQuery(index, parseQuery(input), options);
}

/** Searches with an already parsed query. */
export function runQuery(index: SearchIndex, query: ParsedQuery, options: SearchOptions = {}): SearchResult {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const hints = [...query.hints];
  const positive = query.words.filter((word) => word.presence !== 'excluded');
  const excluded = query.words.filter((word) => word.presence === 'excluded');
  const clauses = positive.map((word) => expandWord(index, word)).filter((clauses): clauses is WordClauses => clauses !== undefined);
  const hasFilters = query.years.length > 0 || query.tiers.length > 0 || query.venues.length > 0;

  const unmatchable = positive.filter((word) => !clauses.some((clause) => clause.word === word));
  if (positive.length > 0 && clauses.length === 0) {
    if (unmatchable.every((word) => analyzeWord(word.text) === undefined)) hints.push('Only very common words: add a more specific word');
    return finish([], 0, hints);
  }
  // A required word that no paper contains leaves nothing to show; stop words (from phrases) are not counted.
  if (unmatchable.some((word) => word.presence === 'required' && analyzeWord(word.text) !== undefined)) return finish([], 0, hints);
  if (clauses.length === 0 && excluded.length === 0) {
    if (!hasFilters) return finish([], 0, hints);
    const listed = index.papers.filter((paper) => passesFilters(paper, query)).sort(byYearThenTitle);
    return finish(
      listed.slice(0, limit).map((paper) => ({ paper, score: 0, matchedTerms: [] })),
      listed.length,
      hints,
    );
  }

  const results = index.lunrIndex.query((lunrQuery) => {
    for (const { word, terms } of clauses) {
      for (const [term, boost] of terms) {
        lunrQuery.term(term, { ...fieldsOf(word), boost, usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
      }
    }
    for (const word of excluded) {
      const term = analyzeWord(word.text)?.term;
      if (term !== undefined && index.vocabulary.hasTerm(term)) {
        lunrQuery.term(term, { ...fieldsOf(word), usePipeline: false, presence: lunr.Query.presence.PROHIBITED });
      }
    }
  });

  const ranked: { paper: Paper; covered: number; score: number; terms: Set<string> }[] = [];
  for (const result of results) {
    const paper = index.paperById.get(result.ref);
    if (!paper || !passesFilters(paper, query)) continue;
    const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
    let covered = 0;
    let missingRequired = false;
    for (const { word, termList } of clauses) {
      const matches = termList.some((term) => {
        const fields = metadata[term];
        return fields !== undefined && (word.fields.length === 0 || word.fields.some((field) => field in fields));
      });
      if (matches) covered++;
      else if (word.presence === 'required') missingRequired = true;
    }
    if (missingRequired) continue;
    ranked.push({ paper, covered, score: result.score, terms: new Set(Object.keys(metadata)) });
  }
  ranked.sort((a, b) => b.covered - a.covered || b.score - a.score || byYearThenTitle(a.paper, b.paper));

  const hits = ranked.slice(0, limit).map(({ paper, covered, score, terms }) => ({
    paper,
    score: covered + score / (1 + score),
    matchedTerms: matchedWords(index, terms),
  }));
  return finish(hits, ranked.length, hints);
}

function expandWord(index: SearchIndex, word: QueryWord): WordClauses | undefined {
  const terms = new Map<string, number>();
  const add = (term: string, boost: number): void => {
    if ((terms.get(term) ?? 0) < boost) terms.set(term, boost);
  };
  const analyzed = analyzeWord(word.text);
  if (analyzed && index.vocabulary.hasTerm(analyzed.term)) add(analyzed.term, EXACT_BOOST);
  // The trimmed form keeps `diffus` from `(diffus` while still allowing stop-word prefixes (`the` -> theory).
  const surface = word.text.replace(/^\W+|\W+$/g, '');
  if (word.prefix && surface.length >= 2) {
    for (const term of index.vocabulary.prefixTerms(surface, MAX_EXPANSIONS)) add(term, PREFIX_BOOST);
  }
  // A word many papers use is what the user meant; correcting it would only add noise and time.
  const distance = index.vocabulary.countOf(surface) >= KNOWN_WORD_COUNT ? 0 : editDistanceFor(surface);
  if (distance > 0) {
    for (const term of index.vocabulary.fuzzyTerms(surface, distance, MAX_EXPANSIONS)) add(term, FUZZY_BOOST);
  }
  return terms.size > 0 ? { word, terms, termList: [...terms.keys()] } : undefined;
}

/** Short words have too many neighbours one edit away to correct safely; very long ones are not words. */
function editDistanceFor(word: string): number {
  if (word.length > 40) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

function fieldsOf(word: QueryWord): { fields?: string[] } {
  return word.fields.length > 0 ? { fields: [...word.fields] } : {};
}

function passesFilters(paper: Paper, query: ParsedQuery): boolean {
  if (query.years.length > 0) {
    const year = paper.year;
    if (year === undefined || !query.years.some((range) => range.from <= year && year <= range.to)) return false;
  }
  if (query.tiers.length > 0 && !query.tiers.includes(paper.tier)) return false;
  if (query.venues.length > 0 && !query.venues.includes(paper.venue.toLowerCase())) return false;
  return true;
}

/** Newest first, then alphabetical: the order a filtered listing is read in. */
function byYearThenTitle(a: Paper, b: Paper): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The corpus's spellings of the terms the paper matched; the ones in this paper's text are among them.
 * Looked up in the vocabulary rather than re-tokenising every hit's abstract on each keystroke.
 */
function matchedWords(index: SearchIndex, terms: ReadonlySet<string>): string[] {
  return [...terms].flatMap((term) => index.vocabulary.wordsOf(term));
}

function finish(hits: SearchHit[], total: number, hints: readonly string[]): SearchResult {
  return hints.length > 0 ? { hits, total, hint: hints.join('; ') } : { hits, total };
}
