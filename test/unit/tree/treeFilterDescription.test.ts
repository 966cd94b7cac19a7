import assert from 'node:assert/strict';
import { treeFilterDescription } from '../../../src/core/tree/treeFilterDescription';
import { treeFilterMessage } from '../../../src/core/tree/treeFilterMessage';
import { treeFilterSummary } from '../../../src/core/tree/treeFilterSummary';

describe('treeFilterDescription', () => {
  it('shows the query and how many of the papers it keeps', () => {
    assert.equal(treeFilterDescription('diffusion year:2022..2023', 12, 100), 'diffusion year:2022..2023 · 12 of 100');
  });

  it('puts a multi-line query on one line', () => {
    assert.equal(treeFilterDescription('  graph\n neural\tnets ', 3, 100), 'graph neural nets · 3 of 100');
  });

  it('shortens a long query with an ellipsis and never splits an emoji', () => {
    const long = `${'a'.repeat(38)}😀 more words`;
    const text = treeFilterDescription(long, 0, 100);
    assert.equal(text, `${'a'.repeat(38)}… · 0 of 100`);
    assert.equal(treeFilterDescription('b'.repeat(60), 1, 2), `${'b'.repeat(39)}… · 1 of 2`);
  });
});

describe('treeFilterSummary', () => {
  it('counts the matches in words', () => {
    assert.equal(treeFilterSummary(0), 'No papers match.');
    assert.equal(treeFilterSummary(1), '1 paper matches.');
    assert.equal(treeFilterSummary(42), '42 papers match.');
  });

  it('adds the search hint after the count', () => {
    assert.equal(treeFilterSummary(0, 'Ignored year:abc'), 'No papers match. Ignored year:abc');
  });
});

describe('treeFilterMessage', () => {
  it('says how many papers the filter shows and quotes the query on one line', () => {
    assert.equal(treeFilterMessage('graph\nnets', 5, 100), 'Showing 5 of 100 papers matching “graph nets”.');
  });

  it('adds the search hint', () => {
    assert.equal(
      treeFilterMessage('year:abc graph', 7, 100, 'Ignored year:abc'),
      'Showing 7 of 100 papers matching “year:abc graph”. Ignored year:abc',
    );
  });
});
