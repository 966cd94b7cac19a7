import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { searchPapers } from '../../../src/core/search/searchPapers';
import { makePaper } from '../makePaper';

// Near neighbours: every title below shares words with the others, so only order and position tell them apart.
const index = buildSearchIndex([
  makePaper({ title: 'Vision Transformers Need Registers', abstract: 'When and why do vision transformers attend to background tokens?' }),
  makePaper({ title: 'Why Vision Models Fail', abstract: 'We study when vision models fail.' }),
  makePaper({ title: 'When and Why Vision-Language Models Behave like Bags-Of-Words, and What to Do About It?' }),
  makePaper({ title: 'Visibility Graphs for Time Series' }),
  makePaper({ title: 'Generative Models Learning Deep Structure', abstract: 'Learning deep generative models of graphs.' }),
  makePaper({ title: 'On Learning Deep Generative Models' }),
  makePaper({ title: 'Deep Learning for Generative Design', abstract: 'generation of designs' }),
  makePaper({ title: 'Attention Networks for Graphs' }),
  makePaper({ title: 'Graph Attention Networks' }),
  makePaper({ title: 'Sparse Graph Methods with Attention' }),
  makePaper({ title: 'Certified Robustness for Top-k Predictions against Adversarial Perturbations via Randomized Smoothing' }),
  makePaper({ title: 'A Unified Framework for Randomized Smoothing based Certified Defenses' }),
]);
const first = (query: string): string | undefined => searchPapers(index, query).hits[0]?.paper.title;

describe('title fragments', () => {
  it('counts stop words when the query is the start of a title', () => {
    assert.equal(first('when why visi'), 'When and Why Vision-Language Models Behave like Bags-Of-Words, and What to Do About It?');
    assert.equal(first('when and why vision language mod'), 'When and Why Vision-Language Models Behave like Bags-Of-Words, and What to Do About It?');
  });

  it('never matches on stop words alone', () => {
    const result = searchPapers(index, 'when and why ');
    assert.equal(result.total, 0);
    assert.match(result.hint ?? '', /common words/);
  });

  it('ranks the title that starts with the words typed, in that order, above scattered matches', () => {
    assert.equal(first('learning deep gene'), 'On Learning Deep Generative Models');
    assert.equal(first('deep learning gen'), 'Deep Learning for Generative Design');
  });

  it('ranks words found in the title in the typed order above the same words in another order', () => {
    assert.equal(first('graph attention networks'), 'Graph Attention Networks');
    assert.equal(first('attention networks graphs'), 'Attention Networks for Graphs');
  });

  it('ranks words found in the typed order far apart above the same words in another order', () => {
    // The shorter title scores higher on the words alone; only the order tells what was meant.
    assert.equal(first('certified randomized smoothing'), 'Certified Robustness for Top-k Predictions against Adversarial Perturbations via Randomized Smoothing');
    assert.equal(first('certified randoized smoothing'), 'Certified Robustness for Top-k Predictions against Adversarial Perturbations via Randomized Smoothing');
    assert.equal(first('randomized smoothing certified'), 'A Unified Framework for Randomized Smoothing based Certified Defenses');
  });
});
