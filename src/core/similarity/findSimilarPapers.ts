import type { Paper } from '../dataset/paper';
import { analyzeText } from '../search/analyzeText';
import type { SearchIndex } from '../search/buildSearchIndex';
import { ALL_FIELDS } from '../search/postingIndex';
import { scoreTerms, termInDocument } from '../search/scoreTerms';
import type { TermClause } from '../search/scoreTerms';
import type { SearchHit } from '../search/searchPapers';
import { distinctiveTerms } from './distinctiveTerms';

/** Title overlap from which another paper counts as the same work submitted again (another year, a new title word). */
const RESUBMISSION_TITLE_OVERLAP = 0.6;
const QUERY_TERMS = 16;

/**
 * Papers most like `paper` by content: lunr's scoring of its most distinctive title and abstract terms,
 * each boosted by its TF-IDF weight. Resubmissions (nearly the same title) come first; the paper itself never appears.
 */
export function findSimilarPapers(index: SearchIndex, paper: Paper, limit = 20): SearchHit[] {
  const { postings } = index;
  const docFrequency = (term: string): number => postings.documentFrequency(postings.termId(term));
  const terms = distinctiveTerms(paper, docFrequency, index.paperCount, (text) => analyzeText(text).map((word) => word.term), {
    limit: QUERY_TERMS,
  });
  const top = terms[0];
  if (top === undefined) return [];
  const topWeight = top.weight;
  // Terms are already index terms: stemming them again would be wrong.
  const clauses: TermClause[] = terms
    .map(({ term, weight }) => ({ termId: postings.termId(term), boost: (10 * weight) / topWeight, fields: ALL_FIELDS, group: 0 }))
    .filter((clause) => clause.termId >= 0);
  const { candidates, scores } = scoreTerms(postings, clauses);
  const titleTerms = new Set(analyzeText(paper.title).map((word) => word.term));
  const hits: Array<{ doc: number; paper: Paper; score: number; overlap: number }> = [];
  for (const doc of candidates) {
    const candidate = index.paperAt(doc);
    if (candidate.id === paper.id) continue;
    hits.push({ doc, paper: candidate, score: scores[doc]!, overlap: titleOverlap(titleTerms, candidate.title) });
  }
  const isResubmission = (hit: { overlap: number }): boolean => hit.overlap >= RESUBMISSION_TITLE_OVERLAP;
  hits.sort((a, b) => Number(isResubmission(b)) - Number(isResubmission(a)) || b.score - a.score);
  return hits.slice(0, limit).map(({ doc, paper: hitPaper, score }) => ({
    paper: hitPaper,
    score,
    matchedTerms: clauses.filter(({ termId }) => termInDocument(postings, termId, doc, ALL_FIELDS)).map(({ termId }) => postings.terms.at(termId)!),
  }));
}

/** Share of the two titles' terms they have in common (Jaccard). */
function titleOverlap(terms: ReadonlySet<string>, title: string): number {
  const other = new Set(analyzeText(title).map((word) => word.term));
  if (terms.size === 0 || other.size === 0) return 0;
  let shared = 0;
  for (const term of other) if (terms.has(term)) shared++;
  return shared / (terms.size + other.size - shared);
}
