import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { PostingIndex } from './postingIndex';
import { Vocabulary } from './vocabulary';

/**
 * A searchable set of papers: lunr's index in compact form (document i is papers[i]), the papers it
 * answers with and their vocabulary.
 */
export interface SearchIndex {
  readonly papers: readonly Paper[];
  readonly paperById: ReadonlyMap<string, Paper>;
  readonly postings: PostingIndex;
  readonly vocabulary: Vocabulary;
}

/** Title words say more about a paper than abstract words; tuned with the known-item benchmark. */
export const TITLE_BOOST = 9;

/** Builds the index with lunr; papers with an id seen before are skipped so that every hit maps to one paper. */
export function buildSearchIndex(papers: readonly Paper[]): SearchIndex {
  const unique = uniqueById(papers);
  const lunrIndex = lunr(function () {
    // Document numbers in base 36 as refs: lunr keeps a ref in every posting, so short refs shrink the build.
    this.ref('ref');
    this.field('title', { boost: TITLE_BOOST });
    this.field('abstract');
    // Positions would double the index; highlighting finds words in the text at display time.
    this.metadataWhitelist = [];
    unique.forEach((paper, doc) => this.add({ ref: doc.toString(36), title: paper.title, abstract: paper.abstract }));
  });
  const postings = PostingIndex.fromLunr(lunrIndex, unique.length);
  const vocabulary = Vocabulary.fromTexts(
    unique.map((paper) => `${paper.title} ${paper.abstract}`),
    postings.terms,
    (term) => postings.termId(term),
  );
  return assembleSearchIndex(unique, postings, vocabulary);
}

export function assembleSearchIndex(papers: readonly Paper[], postings: PostingIndex, vocabulary: Vocabulary): SearchIndex {
  return { papers, paperById: new Map(papers.map((paper) => [paper.id, paper])), postings, vocabulary };
}

function uniqueById(papers: readonly Paper[]): Paper[] {
  const seen = new Set<string>();
  return papers.filter((paper) => !seen.has(paper.id) && seen.add(paper.id) !== undefined);
}
