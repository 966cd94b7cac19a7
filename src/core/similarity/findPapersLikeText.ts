import type { Paper } from '../dataset/paper';
import type { SearchIndex } from '../search/buildSearchIndex';
import type { SearchHit } from '../search/searchPapers';
import { findSimilarPapers } from './findSimilarPapers';

/**
 * Papers most like a passage of text (a sentence or paragraph being written): the find-similar engine, with the
 * passage standing in for a paper's abstract.
 */
export function findPapersLikeText(index: SearchIndex, text: string, limit = 20): SearchHit[] {
  const passage: Paper = { id: '', conference: '', venue: '', year: undefined, title: '', abstract: text, decision: '', tier: 'other', authors: [], keywords: [], extra: {} };
  return findSimilarPapers(index, passage, limit);
}
