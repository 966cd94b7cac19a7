import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { analyzeText } from '../search/analyzeText';
import type { SearchIndex } from '../search/buildSearchIndex';
import type { SearchHit } from '../search/searchPapers';
import { distinctiveTerms } from './distinctiveTerms';

/** Title overlap from which another paper counts as the same work submitted again (another year, a new title word). */
const RESUBMISSION_TITLE_OVERLAP = 0.6;
const QUERY_TERMS = 16;

/**
 * Papers most like `paper` by content: a lunr query of its most distinctive title and abstract terms,
 * each boosted by its TF-IDF weight. Resubmissions (nearly the same title) come first; the paper itself never appears.
 */
export function findSimilarPapers(index: SearchIndex, paper: Paper, limit = 20): SearchHit[] {
  // lunr's types omit the inverted index; its shape (term -> field -> doc ref) is stable in the pinned 2.3.9.
  const { invertedIndex } = index.lunrIndex as unknown as { invertedIndex: Record<string, Record<string, object> | undefined> };
  const docFrequency = (term: string): number => {
    const posting = invertedIndex[term];
    if (!posting) return 0;
    const docs = new Set<string>();
    for (const [field, refs] of Object.entries(posting)) if (field !== '_index') for (const ref of Object.keys(refs)) docs.add(ref);
    return docs.size;
  };
  const terms = distinctiveTerms(paper, docFrequency, index.papers.length, (text) => analyzeText(text).map((word) => word.term), {
    limit: QUERY_TERMS,
  });
  if (terms.length === 0) return [];
  const topWeight = terms[0].weight;
  const matches = index.lunrIndex.query((query) => {
    for (const { term, weight } of terms) {
      // Terms are already index terms: running the pipeline again would stem them twice.
      query.term(term, { usePipeline: false, boost: (10 * weight) / topWeight, presence: lunr.Query.presence.OPTIONAL });
    }
  });
  const titleTerms = new Set(analyzeText(paper.title).map((word) => word.term));
  const hits: Array<SearchHit & { overlap: number }> = [];
  for (const match of matches) {
    const candidate = index.paperById.get(match.ref);
    if (!candidate || candidate.id === paper.id) continue;
    hits.push({
      paper: candidate,
      score: match.score,
      matchedTerms: Object.keys(match.matchData.metadata),
      overlap: titleOverlap(titleTerms, candidate.title),
    });
  }
  const isResubmission = (hit: { overlap: number }): boolean => hit.overlap >= RESUBMISSION_TITLE_OVERLAP;
  hits.sort((a, b) => Number(isResubmission(b)) - Number(isResubmission(a)) || b.score - a.score);
  return hits.slice(0, limit).map(({ paper: hitPaper, score, matchedTerms }) => ({ paper: hitPaper, score, matchedTerms }));
}

/** Share of the two titles' terms they have in common (Jaccard). */
function titleOverlap(terms: ReadonlySet<string>, title: string): number {
  const other = new Set(analyzeText(title).map((word) => word.term));
  if (terms.size === 0 || other.size === 0) return 0;
  let shared = 0;
  for (const term of other) if (terms.has(term)) shared++;
  return shared / (terms.size + other.size - shared);
}
