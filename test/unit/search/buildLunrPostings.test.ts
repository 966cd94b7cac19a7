import assert from 'node:assert/strict';
import { analyzeWord, indexedWords, textTokens } from '../../../src/core/search/analyzeText';
import { buildLunrPostings } from '../../../src/core/search/buildLunrPostings';
import { buildSearchIndex, FIELD_SPECS, fieldTexts } from '../../../src/core/search/buildSearchIndex';
import { FIELD_COUNT, INDEX_FIELDS, WEIGHT_SCALE } from '../../../src/core/search/postingIndex';
import type { PostingIndex } from '../../../src/core/search/postingIndex';
import { makePaper } from '../makePaper';
import { FIXTURE_PAPERS } from './fixturePapers';
import { lunrReferenceIndex } from './lunrReferenceIndex';

// Texts that exercise every step of the analysis: punctuation-only tokens, stop words, hyphens, repeated
// words, upper case, non-ASCII letters, LaTeX, an empty abstract, author names that are stop words, keywords.
const PAPERS = [
  ...FIXTURE_PAPERS,
  makePaper({ title: 'The the THE of ( ) -- a', abstract: 'Model model MODEL, (model) models; re-weighting re-weighting.', authors: ['Bo An', 'Minh Do'] }),
  makePaper({ title: 'Über Schrödinger’s naïve cats: 100% “quoted” & (parenthesised) words', authors: ['Bernhard Schölkopf', 'Łukasz Kaiser'], keywords: ['few-shot learning', 'cats'] }),
  makePaper({ title: 'Graph graph graph', abstract: 'attention\tattention\nattention  diffusion… diffusion-based' }),
  makePaper({ title: 'D$^2$ETR and $\\ell_1$-regularized $k$-means for $A^*$ search', abstract: 'граф 東京 $\\ell_1$', keywords: ['k-means'] }),
  // A word more often in one field than a byte counts.
  makePaper({ title: 'Echo echo', abstract: `${'echo '.repeat(300)}once` }),
];

const internals = lunrReferenceIndex(PAPERS) as unknown as {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
};

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(PAPERS);

  it('has exactly the terms lunr.Builder indexes', () => {
    assert.deepEqual([...index.postings.terms].sort(), Object.keys(internals.invertedIndex).sort());
  });

  it("stores lunr.Builder's weight for every term, document and field", () => {
    const termOfIndex = new Map(Object.entries(internals.invertedIndex).map(([term, posting]) => [posting._index, term]));
    const expected = new Map<string, number>();
    for (const [fieldRef, vector] of Object.entries(internals.fieldVectors)) {
      const [field, ref] = fieldRef.split('/') as [string, string];
      for (let i = 0; i < vector.elements.length; i += 2) {
        expected.set(`${termOfIndex.get(vector.elements[i]!)} ${parseInt(ref, 36)} ${field}`, vector.elements[i + 1]!);
      }
    }
    const actual = new Map<string, number>();
    [...index.postings.terms].forEach((term, termId) => {
      const { docs, masks, weights } = index.postings.posting(termId);
      let at = 0;
      docs.forEach((doc, i) => {
        for (let field = 0; field < FIELD_COUNT; field++) {
          if (masks[i]! & (1 << field)) actual.set(`${term} ${doc} ${INDEX_FIELDS[field]}`, weights[at++]! / WEIGHT_SCALE);
        }
      });
    });
    assert.ok(expected.size > 100);
    assert.deepEqual(actual, expected);
  });

  it('writes the same postings however few entries are placed in term order at a time', () => {
    const build = (passEntries?: number) => buildLunrPostings(PAPERS.length, (doc) => fieldTexts(PAPERS[doc]!), FIELD_SPECS, passEntries).postings;
    const bytesOf = (postings: PostingIndex): Uint8Array => postings.bytes.read(0, postings.bytes.length);
    const whole = build();
    for (const passEntries of [1, 7, 50]) {
      const inPasses = build(passEntries);
      assert.deepEqual([bytesOf(inPasses), inPasses.offsets, inPasses.termFields], [bytesOf(whole), whole.offsets, whole.termFields]);
    }
    assert.deepEqual(bytesOf(whole), bytesOf(index.postings));
  });

  it('counts each surface word once per paper, with its index term', () => {
    const expected = new Map<string, { term: string; count: number }>();
    for (const paper of PAPERS) {
      const words = new Map<string, string>();
      fieldTexts(paper).forEach((text, field) => {
        const { joined, keepStopWords } = FIELD_SPECS[field]!;
        for (const word of indexedWords(text, textTokens(text, joined), joined)) {
          const analysed = analyzeWord(word, keepStopWords);
          if (analysed) words.set(analysed.word, analysed.term);
        }
      });
      for (const [word, term] of words) expected.set(word, { term, count: (expected.get(word)?.count ?? 0) + 1 });
    }
    const { vocabulary } = index;
    const actual = new Map([...vocabulary.words].map((word, i) => [word, { term: vocabulary.terms.at(vocabulary.wordTerms[i]!)!, count: vocabulary.counts[i]! }]));
    assert.deepEqual(actual, expected);
  });
});
