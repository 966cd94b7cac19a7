import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { findSimilarPapers } from '../../../src/core/similarity/findSimilarPapers';
import { makePaper } from '../makePaper';

const source = makePaper({
  id: 'source',
  title: 'Contrastive Pretraining of Protein Language Models',
  abstract: 'We pretrain protein language models with a contrastive objective over homologous sequences and evaluate on fold classification.',
});

const papers = [
  source,
  makePaper({
    id: 'resubmission',
    year: 2022,
    decision: 'Reject',
    title: 'Contrastive Pretraining for Protein Language Models',
    abstract: 'An earlier version: protein sequence models trained contrastively.',
  }),
  makePaper({
    id: 'same-topic',
    title: 'Learning Representations of Amino Acid Chains',
    abstract: 'Homologous protein sequences give a contrastive signal; we report fold classification accuracy for language models of proteins.',
  }),
  makePaper({
    id: 'unrelated',
    title: 'Language Models Are Few-Shot Translators',
    abstract: 'We study machine translation with large language models of text.',
  }),
  // As in real data, "language models" is common and says little about a paper's topic.
  ...Array.from({ length: 20 }, (_, i) =>
    makePaper({ id: `filler-${i}`, title: `Scaling Language Models, Study ${i}`, abstract: `Large language models and their training, variant ${i}.` }),
  ),
];

describe('findSimilarPapers', () => {
  const index = buildSearchIndex(papers);

  it('puts a resubmission of the same work first, even when its abstract shares fewer words', () => {
    const ids = findSimilarPapers(index, source).map((hit) => hit.paper.id);
    assert.equal(ids[0], 'resubmission');
  });

  it('finds a paper on the same topic whose title shares no word, ahead of one sharing only common words', () => {
    const ids = findSimilarPapers(index, source).map((hit) => hit.paper.id);
    assert.ok(ids.includes('same-topic'), `expected same-topic in ${ids.join(', ')}`);
    if (ids.includes('unrelated')) assert.ok(ids.indexOf('same-topic') < ids.indexOf('unrelated'));
  });

  it('never lists the paper itself, and ranks papers sharing only common words last', () => {
    const ids = findSimilarPapers(index, source).map((hit) => hit.paper.id);
    assert.ok(!ids.includes('source'));
    const firstFiller = ids.findIndex((id) => id.startsWith('filler-'));
    if (firstFiller >= 0) assert.ok(firstFiller > ids.indexOf('same-topic'));
  });

  it('returns nothing for a paper with no usable words instead of failing', () => {
    assert.deepEqual(findSimilarPapers(index, makePaper({ id: 'empty', title: '$$', abstract: '' })), []);
  });
});
