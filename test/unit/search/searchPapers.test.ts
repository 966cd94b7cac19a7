import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import type { SearchIndex } from '../../../src/core/search/buildSearchIndex';
import { searchPapers } from '../../../src/core/search/searchPapers';
import { corpusPapers } from '../citations/paperFixture';
import { makePaper } from '../makePaper';
import { FIXTURE_PAPERS } from './fixturePapers';

const index = buildSearchIndex(FIXTURE_PAPERS);
const titles = (query: string, limit?: number): string[] => searchPapers(index, query, limit === undefined ? {} : { limit }).hits.map((hit) => hit.paper.title);

describe('searchPapers', () => {
  it('finds the paper from a few title words first', () => {
    assert.equal(titles('denoising implicit models')[0], 'Denoising Diffusion Implicit Models');
    assert.equal(titles('graph attention networks')[0], 'Graph Attention Networks');
  });

  it('matches the word being typed as a prefix', () => {
    assert.deepEqual(titles('diffus').slice(0, 2).sort(), ['Denoising Diffusion Implicit Models', 'Score-Based Generative Modeling through Stochastic Differential Equations']);
    assert.equal(titles('denoising diffusio')[0], 'Denoising Diffusion Implicit Models');
  });

  it('does not treat a finished word as a prefix', () => {
    assert.deepEqual(titles('tabul'), ['Tabular Learning With Gradient Boosting']);
    assert.deepEqual(titles('tabul '), []);
  });

  it('still finds a paper when a word has a typo', () => {
    assert.equal(titles('tranformer recognition')[0], 'An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale');
    assert.equal(titles('effcient tranformer')[0], 'Reformer: The Efficient Transformer');
  });

  it('ranks a paper matching every word above papers matching fewer', () => {
    const hits = titles('graph neural attention');
    assert.deepEqual(hits.slice(0, 2).sort(), ['Graph Attention Networks', 'How Powerful are Graph Neural Networks?']);
    assert.equal(titles('sparse attention documents')[0], 'Sparse Attention for Long Documents');
  });

  it('finds a paper from distinctive abstract words', () => {
    assert.equal(titles('locality hashing costly')[0], 'Reformer: The Efficient Transformer');
  });

  it('filters by year, range and comparison', () => {
    assert.deepEqual(titles('transformer year:2020'), ['Reformer: The Efficient Transformer']);
    assert.deepEqual(
      titles('year:2018..2019').sort(),
      ['Deep Residual Learning Revisited', 'Graph Attention Networks', 'How Powerful are Graph Neural Networks?'],
    );
    assert.deepEqual(titles('graph year:>=2019'), ['How Powerful are Graph Neural Networks?']);
  });

  it('filters by decision tier, with accepted covering oral, spotlight and poster', () => {
    assert.deepEqual(titles('decision:oral diffusion'), ['Score-Based Generative Modeling through Stochastic Differential Equations']);
    assert.deepEqual(titles('decision:withdrawn'), ['Adversarial Examples Are Not Bugs']);
    assert.deepEqual(titles('decision:desk-rejected'), ['Tabular Learning With Gradient Boosting']);
    assert.equal(titles('decision:accepted').length, 6);
    assert.deepEqual(titles('networks decision:rejected'), ['Deep Residual Learning Revisited']);
  });

  it('filters by venue', () => {
    const other = buildSearchIndex([...FIXTURE_PAPERS, makePaper({ title: 'Graph Networks at NeurIPS', venue: 'NeurIPS', year: 2022 })]);
    assert.deepEqual(searchPapers(other, 'graph venue:neurips').hits.map((hit) => hit.paper.venue), ['NeurIPS']);
    assert.equal(searchPapers(other, 'graph venue:neurips').hint, undefined);
    // A venue the dataset does not have says which it has, instead of a bare "no papers".
    const unknown = searchPapers(other, 'graph venue:icml');
    assert.deepEqual(unknown.hits, []);
    assert.equal(unknown.hint, 'No paper is from venue:icml; this dataset has venue:iclr, venue:neurips');
  });

  it('orders equally good matches accepted first, then newer', () => {
    const tied = buildSearchIndex([
      makePaper({ id: 'rejected-2023', title: 'Tied Title Words', year: 2023, tier: 'reject' }),
      makePaper({ id: 'poster-2021', title: 'Tied Title Words', year: 2021, tier: 'poster' }),
      makePaper({ id: 'oral-2022', title: 'Tied Title Words', year: 2022, tier: 'oral' }),
      makePaper({ id: 'withdrawn-2022', title: 'Tied Title Words', year: 2022, tier: 'withdrawn' }),
    ]);
    assert.deepEqual(
      searchPapers(tied, 'tied words').hits.map((hit) => hit.paper.id),
      ['oral-2022', 'poster-2021', 'rejected-2023', 'withdrawn-2022'],
    );
  });

  it('lists filtered papers newest first when there are no words', () => {
    const result = searchPapers(index, 'year:2021');
    assert.equal(result.total, 3);
    assert.deepEqual(
      result.hits.map((hit) => hit.paper.title),
      ['An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale', 'Denoising Diffusion Implicit Models', 'Score-Based Generative Modeling through Stochastic Differential Equations'],
    );
  });

  it('excludes papers with a -word', () => {
    assert.ok(titles('transformer').includes('Reformer: The Efficient Transformer'));
    assert.ok(!titles('transformer -hashing').includes('Reformer: The Efficient Transformer'));
    assert.equal(titles('-graph').length, FIXTURE_PAPERS.length - 2);
  });

  it('keeps only papers with every +word', () => {
    assert.deepEqual(titles('graph +attention'), ['Graph Attention Networks', 'Sparse Attention for Long Documents']);
    assert.deepEqual(titles('+graph +attention'), ['Graph Attention Networks']);
    assert.deepEqual(titles('+xylophone graph'), []);
  });

  it('restricts title: and abstract: words to their field', () => {
    assert.deepEqual(titles('title:attention'), ['Graph Attention Networks', 'Sparse Attention for Long Documents']);
    assert.deepEqual(titles('abstract:hashing'), ['Reformer: The Efficient Transformer']);
    assert.deepEqual(titles('title:hashing'), []);
  });

  it('returns the paper words that matched, for highlighting', () => {
    const hit = searchPapers(index, 'diffus').hits.find((found) => found.paper.title === 'Denoising Diffusion Implicit Models');
    assert.deepEqual(hit?.matchedTerms, ['diffusion']);
  });

  it('orders hits by score and reports the total before the limit', () => {
    const result = searchPapers(index, 'networks', { limit: 2 });
    assert.equal(result.hits.length, 2);
    assert.ok(result.total > 2);
    assert.ok(result.hits[0]!.score >= result.hits[1]!.score);
  });

  it('passes the parser hint on and still searches', () => {
    const result = searchPapers(index, 'foo:graph');
    assert.match(result.hint ?? '', /Unknown filter foo:/);
    assert.ok(result.hits.some((hit) => hit.paper.title === 'Graph Attention Networks'));
  });

  it('explains a query of only common words', () => {
    const result = searchPapers(index, 'the of and ');
    assert.equal(result.total, 0);
    assert.match(result.hint ?? '', /common words/);
  });

  it('asks for a word when the query is only punctuation, instead of blaming common words', () => {
    for (const query of ['***', '-- ~~ ::', '()']) {
      const result = searchPapers(index, query);
      assert.equal(result.total, 0, query);
      assert.equal(result.hint, 'Nothing to search for: type a word', query);
    }
  });
});

describe('typo correction', () => {
  const papers = buildSearchIndex([
    makePaper({ id: 'tree', title: 'Treeformer: Dense Gradient Trees' }),
    ...Array.from({ length: 4 }, (_, i) => makePaper({ id: `t${i}`, title: `Transformer Study ${i}`, abstract: 'Transformers everywhere.' })),
  ]);

  it('takes the word one edit away that papers use over a rarer one two edits away', () => {
    const hits = searchPapers(papers, 'tranformer').hits.map((hit) => hit.paper.id);
    assert.ok(hits[0]?.startsWith('t') && hits[0] !== 'tree', hits.join(', '));
    assert.ok(!hits.includes('tree'), 'treeformer is two edits away and transformer one');
  });
});

describe('the first page of a common query', () => {
  it('keeps papers that tie on words, phrase and score in the order of their standing', () => {
    // Same title and text, so the same score; only the year tells them apart (newest first).
    const twins = buildSearchIndex(
      Array.from({ length: 40 }, (_, i) => makePaper({ id: `twin${i}`, year: 2000 + ((i * 7) % 40), title: 'Graph Neural Networks', abstract: 'Graph neural networks.' })),
    );
    const years = (limit: number): (number | undefined)[] => searchPapers(twins, 'graph neural', { limit }).hits.map((hit) => hit.paper.year);
    assert.deepEqual(years(3), [2039, 2038, 2037]);
    assert.deepEqual(years(10), years(40).slice(0, 10));
  });

  let corpus: SearchIndex;
  before(async function () {
    this.timeout(120_000);
    corpus = buildSearchIndex(await corpusPapers());
  });

  // A page ranks only the titles that can still reach it; the full listing ranks every title.
  it('is the start of the full ranking, at any page size (16,556 real papers)', function () {
    this.timeout(120_000);
    const queries = ['graph neural', 'learning deep gene', 'deep reinforcement learning', 'neural network', 'on the', 'a theory of lear', 'language models are', 'adversarial robustness certif', 'when do', 'learning to learn', 'graph neural ne', 'deep learning fo', 'learning to co', 'neural tangent ke', 'wang learning', 'author:li deep', 'generative adversarial networks year:2019', '"neural networks" -graph'];
    for (const query of queries) {
      const full = searchPapers(corpus, query, { limit: corpus.paperCount });
      assert.ok(full.total > 50, `${query}: ${full.total}`);
      for (const limit of [1, 3, 10, 50]) {
        const page = searchPapers(corpus, query, { limit });
        assert.equal(page.total, full.total, query);
        assert.deepEqual(
          page.hits.map((hit) => [hit.paper.id, hit.score]),
          full.hits.slice(0, limit).map((hit) => [hit.paper.id, hit.score]),
          `${query}, first ${limit}`,
        );
      }
    }
  });
});
