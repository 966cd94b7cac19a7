import type { Paper } from '../dataset/paper';
import { buildLunrPostings } from './buildLunrPostings';
import type { PostingIndex } from './postingIndex';
import { titleOrder } from './titleOrder';
import type { Vocabulary } from './vocabulary';

/**
 * A searchable set of papers: lunr's index in compact form (document i is papers[i]), the papers it
 * answers with and their vocabulary.
 */
export interface SearchIndex {
  readonly papers: readonly Paper[];
  readonly paperById: ReadonlyMap<string, Paper>;
  readonly postings: PostingIndex;
  readonly vocabulary: Vocabulary;
  /** Each paper's place in alphabetical title order (see titleOrder). */
  readonly titleRanks: Uint32Array;
}

/** Title words say more about a paper than abstract words; tuned with the known-item benchmark. */
export const TITLE_BOOST = 9;

/**
 * Builds lunr's index of the papers' titles and abstracts (see buildLunrPostings); papers with an id seen
 * before are skipped so that every hit maps to one paper.
 */
export function buildSearchIndex(papers: readonly Paper[]): SearchIndex {
  const unique = uniqueById(papers);
  const { postings, vocabulary } = buildLunrPostings(
    unique.map((paper) => [paper.title, paper.abstract]),
    [TITLE_BOOST, 1],
  );
  return assembleSearchIndex(unique, postings, vocabulary, titleOrder(unique));
}

export function assembleSearchIndex(papers: readonly Paper[], postings: PostingIndex, vocabulary: Vocabulary, titleRanks: Uint32Array): SearchIndex {
  if (titleRanks.length !== papers.length) throw new Error('title order does not fit the papers');
  let paperById: Map<string, Paper> | undefined;
  return {
    papers,
    // Made on first use: a search does not need it, and the first results should not wait for it.
    get paperById() {
      return (paperById ??= new Map(papers.map((paper) => [paper.id, paper])));
    },
    postings,
    vocabulary,
    titleRanks,
  };
}

function uniqueById(papers: readonly Paper[]): Paper[] {
  const seen = new Set<string>();
  return papers.filter((paper) => !seen.has(paper.id) && seen.add(paper.id) !== undefined);
}
