import assert from 'node:assert/strict';
import { PAGE_ACTIONS, isPageMessage } from '../../src/core/protocol';
import { renderAbstractPage } from '../../src/core/render/abstractPage';
import { english } from '../../src/core/translate';
import { makePaper } from './makePaper';

describe('isPageMessage', () => {
  it('accepts every message the abstract view sends', () => {
    for (const message of [...PAGE_ACTIONS.map((type) => ({ type })), { type: 'navigate', direction: 'next' }, { type: 'navigate', direction: 'previous' }]) {
      assert.ok(isPageMessage(message), JSON.stringify(message));
    }
  });

  it('rejects unknown types, bad directions, prototype names and non-objects', () => {
    for (const value of [{ type: 'insertcitation' }, { type: 'navigate', direction: 'up' }, { type: 'constructor' }, { type: '__proto__' }, 'copyBibtex', null, [{ type: 'copyBibtex' }]]) {
      assert.equal(isPageMessage(value), false, JSON.stringify(value));
    }
  });

  it('is the list the page draws its buttons from: every button of a full page sends one of them', () => {
    const html = renderAbstractPage({
      paper: makePaper({ title: 'T', abstract: 'A.', openreviewId: 'bHW9njOSON' }),
      state: { paperId: 'p', query: '' },
      highlightTerms: [],
      nonce: 'n',
      cspSource: 'c',
      scriptUri: 's',
      styleUri: 'st',
      t: english,
      language: 'en',
    });
    const actions = [...html.matchAll(/data-action="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual([...actions].sort(), [...PAGE_ACTIONS].sort());
  });
});
