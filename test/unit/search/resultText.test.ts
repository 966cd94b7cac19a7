import assert from 'node:assert/strict';
import { paperDescription, resultDetail } from '../../../src/core/search/resultText';
import { makePaper } from '../makePaper';

describe('search result text', () => {
  it('describes a paper by venue, year and decision', () => {
    assert.equal(paperDescription(makePaper({ title: 'T', decision: 'Accept: notable-top-5%' })), 'ICLR 2023 · Oral');
  });

  it('starts the detail line with the first three authors, then the start of the abstract', () => {
    const paper = makePaper({ title: 'T', authors: ['Hee Suk Yoon', 'Joshua Tian Jin Tee', 'Eunseop Yoon', 'Sunjae Yoon'], abstract: 'Studies have shown that modern neural networks tend to be poorly calibrated.' });
    assert.equal(resultDetail(paper), 'Hee Suk Yoon, Joshua Tian Jin Tee, Eunseop Yoon et al. — Studies have shown that modern neural networks tend to be poorly calibrated.');
    assert.equal(resultDetail(makePaper({ title: 'T', authors: ['Ada Lovelace', 'Alan Turing'] })), 'Ada Lovelace, Alan Turing', 'no abstract: the authors alone');
    assert.equal(resultDetail(makePaper({ title: 'T', abstract: 'Only an abstract.' })), 'Only an abstract.', 'no authors: the abstract alone');
  });

  it('cuts a long abstract at a word boundary and marks the cut', () => {
    const detail = resultDetail(makePaper({ title: 'T', abstract: 'word '.repeat(100) }));
    assert.ok(detail.endsWith('…') && detail.length <= 161, detail);
  });
});
