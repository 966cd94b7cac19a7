import assert from 'node:assert/strict';
import { rankedLabel } from '../../../src/core/search/rankedLabel';

describe('rankedLabel', () => {
  it('reads as the title once the invisible word joiners are removed, emoji and accents whole', () => {
    for (const title of ['Graph2Seq: Scalable Learning', 'Über naïve 🙂 bayes', '$O(n \\log n)$', 'A']) {
      assert.equal(rankedLabel(title).replace(/\u2060/g, ''), title);
    }
  });

  it('contains no typed text of two characters or more, so VS Code finds nothing to re-sort by', () => {
    const label = rankedLabel('Simple and Deep Graph Attention Networks').toLowerCase();
    for (const typed of ['graph', 'gr', 'deep graph', 'networks', 'e a']) assert.equal(label.includes(typed), false, typed);
  });
});
