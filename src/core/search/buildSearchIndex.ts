import type { Paper } from '../dataset/paper';
import type { DecisionTier } from '../venues';
import { authorFamily } from './authorFamily';
import { buildLunrPostings } from './buildLunrPostings';
import { FirstAuthors } from './firstAuthors';
import type { FieldSpec } from './buildLunrPostings';
import type { PostingIndex } from './postingIndex';
import { titleOrder } from './titleOrder';
import type { TitleWords } from './titleWords';
import type { Vocabulary } from './vocabulary';

/**
 * A searchable set of papers: lunr's index in compact form (document i is papers[i]), the papers it
 * answers with and their vocabulary.
 */
export interface SearchIndex {
  /**
   * Every paper, document i at i. A loaded index makes this array on first use (300,000 objects at 300,000
   * papers): searches go through paperAt and paperCount, which make only the papers they reach.
   */
  readonly papers: readonly Paper[];
  readonly paperCount: number;
  /** Document `doc`'s paper, the same object as papers[doc]; `doc` must be below paperCount. */
  paperAt(doc: number): Paper;
  /** What ranking and filters compare, read without making paper objects. */
  readonly facts: PaperFacts;
  readonly paperById: ReadonlyMap<string, Paper>;
  readonly postings: PostingIndex;
  readonly vocabulary: Vocabulary;
  /** Each paper's place in alphabetical title order (see titleOrder). */
  readonly titleRanks: Uint32Array;
  /** Each title's words in order, for title fragments typed in order. */
  readonly titleWords: TitleWords;
}

/**
 * The fields in INDEX_FIELDS order. Title words say most about a paper, then an author's name, then the
 * authors' keywords, then abstract words; boosts tuned with the known-item benchmark.
 */
export const FIELD_SPECS: readonly FieldSpec[] = [
  { boost: 9, joined: true, keepStopWords: false },
  { boost: 1, joined: false, keepStopWords: false },
  { boost: 4, joined: true, keepStopWords: true },
  { boost: 3, joined: true, keepStopWords: false },
];

/**
 * The texts of a paper's fields in INDEX_FIELDS order. The first author is named twice: papers are cited and
 * remembered by their first author (`Vaswani et al.`), so a name there weighs more than further down the list.
 */
export function fieldTexts(paper: Paper): string[] {
  // Marks some sources put on names (`Ke Li*` for equal contribution, `Yi Wu†`) are not part of them.
  const authors = paper.authors.map((name) => name.replace(/[*†‡§¶]+/g, ' '));
  return [paper.title, paper.abstract, [authors[0] ?? '', ...authors].join('; '), paper.keywords.join('; ')];
}

/**
 * Builds the index of the papers' titles, abstracts, authors and keywords (see buildLunrPostings); papers with
 * an id seen before are skipped so that every hit maps to one paper.
 */
export function buildSearchIndex(papers: readonly Paper[]): SearchIndex {
  const unique = uniqueById(papers);
  const { postings, vocabulary, titleWords } = buildLunrPostings(unique.length, (doc) => fieldTexts(unique[doc]!), FIELD_SPECS);
  return assembleSearchIndex(unique, postings, vocabulary, titleOrder(unique), titleWords);
}

/**
 * What ranking and filters read of each paper by document number. A common word matches most of a large
 * index, and an object per match cost more than the search (300,000 papers: 100,000 objects, 90 ms).
 */
export interface PaperFacts {
  year(doc: number): number | undefined;
  tier(doc: number): DecisionTier;
  venue(doc: number): string;
  /** The papers whose first author's family name (see authorFamily) is `family`, or with `asPrefix` starts with it. */
  papersByFirstAuthor(family: string, asPrefix: boolean): Uint32Array;
  /** The distinct venues. */
  venues(): readonly string[];
}

/** Papers by document number, each made when first asked for (a loaded index's; see decodePaperColumns). */
export interface PaperList {
  readonly count: number;
  readonly at: (doc: number) => Paper;
  /** Every paper, in one array made on the first call. */
  readonly all: () => readonly Paper[];
  readonly facts: PaperFacts;
}

export function assembleSearchIndex(
  papers: readonly Paper[] | PaperList,
  postings: PostingIndex,
  vocabulary: Vocabulary,
  titleRanks: Uint32Array,
  titleWords: TitleWords,
): SearchIndex {
  const list = isPaperList(papers) ? papers : listOf(papers);
  if (titleRanks.length !== list.count) throw new Error('title order does not fit the papers');
  let paperById: Map<string, Paper> | undefined;
  return {
    get papers() {
      return list.all();
    },
    paperCount: list.count,
    paperAt: list.at,
    facts: list.facts,
    // Made on first use: a search does not need it, and the first results should not wait for it.
    get paperById() {
      return (paperById ??= new Map(list.all().map((paper) => [paper.id, paper])));
    },
    postings,
    vocabulary,
    titleRanks,
    titleWords,
  };
}

function listOf(papers: readonly Paper[]): PaperList {
  let firstAuthors: FirstAuthors | undefined;
  return {
    count: papers.length,
    at: (doc) => papers[doc]!,
    all: () => papers,
    facts: {
      year: (doc) => papers[doc]!.year,
      tier: (doc) => papers[doc]!.tier,
      venue: (doc) => papers[doc]!.venue,
      papersByFirstAuthor: (family, asPrefix) => (firstAuthors ??= FirstAuthors.of(papers.map((paper) => authorFamily(paper.authors[0] ?? '')))).papersNamed(family, asPrefix),
      venues: () => [...new Set(papers.map((paper) => paper.venue))],
    },
  };
}

function uniqueById(papers: readonly Paper[]): Paper[] {
  const seen = new Set<string>();
  return papers.filter((paper) => !seen.has(paper.id) && seen.add(paper.id) !== undefined);
}

function isPaperList(papers: readonly Paper[] | PaperList): papers is PaperList {
  return !Array.isArray(papers);
}
