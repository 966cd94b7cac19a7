import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { ALL_FIELDS } from '../../../src/core/search/postingIndex';
import { scoreTerms } from '../../../src/core/search/scoreTerms';
import type { TermClause } from '../../../src/core/search/scoreTerms';
import { FIXTURE_PAPERS } from './fixturePapers';
import { lunrReferenceIndex } from './lunrReferenceIndex';

const lunrIndex = lunrReferenceIndex(FIXTURE_PAPERS);
const index = buildSearchIndex(FIXTURE_PAPERS);
const TITLE = 1;

describe('scoreTerms', () => {
  const cases: [string, [term: string, boost: number, fields: number][]][] = [
    ['one common term', [['model', 1, ALL_FIELDS]]],
    ['several terms with boosts', [['graph', 10, ALL_FIELDS], ['attent', 4, ALL_FIELDS], ['network', 2, ALL_FIELDS]]],
    ['the same term twice', [['diffus', 10, ALL_FIELDS], ['diffus', 4, ALL_FIELDS], ['imag', 1, ALL_FIELDS]]],
    ['a term restricted to the title', [['attent', 10, TITLE], ['long', 3, ALL_FIELDS]]],
  ];
  for (const [what, terms] of cases) {
    it(`gives lunr's own scores for ${what}`, () => {
      const expected = lunrIndex.query((query) => {
        for (const [term, boost, fields] of terms) {
          query.term(term, { boost, usePipeline: false, ...(fields === TITLE ? { fields: ['title'] } : {}) });
        }
      });
      const clauses: TermClause[] = terms.map(([term, boost, fields]) => ({ termId: index.postings.termId(term), boost, fields, group: 0 }));
      assert.ok(clauses.every((clause) => clause.termId >= 0));
      const { candidates, scores } = scoreTerms(index.postings, clauses);
      assert.ok(expected.length > 0);
      assert.deepEqual([...candidates].sort((a, b) => a - b), expected.map((match) => parseInt(match.ref, 36)).sort((a, b) => a - b));
      for (const match of expected) assert.ok(Math.abs(scores[parseInt(match.ref, 36)]! - match.score) < 1e-9, `${match.ref}: ${match.score}`);
    });
  }
});
