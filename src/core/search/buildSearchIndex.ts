import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { Vocabulary } from './vocabulary';

/** A searchable set of papers: the lunr index, the papers it answers with and their vocabulary. */
export interface SearchIndex {
  readonly papers: readonly Paper[];
  readonly paperById: ReadonlyMap<string, Paper>;
  readonly lunrIndex: lunr.Index;
  readonly vocabulary: Vocabulary;
}

/** Title words say more about a paper than abstract words; tuned with the known-item benchmark. */
export const TITLE_BOOST = 3;

/** Builds the index; papers with an id seen before are skipped so that every hit maps to one paper. */
export function buildSearchIndex(papers: readonly Paper[]): SearchIndex {
  const unique = uniqueById(papers);
  const lunrIndex = lunr(function () {
    this.ref('id');
    this.field('title', { boost: TITLE_BOOST });
    this.field('abstract');
    // Positions would double the index; highlighting finds words in the text at display time.
    this.metadataWhitelist = [];
    for (const paper of unique) this.add({ id: paper.id, title: paper.title, abstract: paper.abstract });
  });
  const vocabulary = Vocabulary.fromTexts(unique.map((paper) => `${paper.title} ${paper.abstract}`));
  return assembleSearchIndex(unique, lunrIndex, vocabulary);
}

export function assembleSearchIndex(papers: readonly Paper[], lunrIndex: lunr.Index, vocabulary: Vocabulary): SearchIndex {
  return { papers, paperById: new Map(papers.map((paper) => [paper.id, paper])), lunrIndex, vocabulary };
}

function uniqueById(papers: readonly Paper[]): Paper[] {
  const seen = new Set<string>();
  return papers.filter((paper) => !seen.has(paper.id) && seen.add(paper.id) !== undefined);
}
