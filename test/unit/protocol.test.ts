import assert from 'node:assert/strict';
import { isPageMessage } from '../../src/core/protocol';

describe('isPageMessage', () => {
  it('accepts every message the abstract view sends', () => {
    for (const message of [
      { type: 'findSimilar' },
      { type: 'searchWeb' },
      { type: 'insertCitation' },
      { type: 'copyBibtex' },
      { type: 'navigate', direction: 'next' },
    ]) {
      assert.ok(isPageMessage(message), JSON.stringify(message));
    }
  });

  it('rejects unknown types, bad directions and non-objects', () => {
    for (const value of [{ type: 'insertcitation' }, { type: 'navigate', direction: 'up' }, 'copyBibtex', null, [{ type: 'copyBibtex' }]]) {
      assert.equal(isPageMessage(value), false, JSON.stringify(value));
    }
  });
});
