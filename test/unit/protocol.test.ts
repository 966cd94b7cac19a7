import assert from 'node:assert/strict';
import { COMMAND_ACTIONS, DIRECTIONS, PAGE_ACTIONS, isCommandMessage, isPageMessage, pageMessageFor } from '../../src/core/protocol';
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
    const actions = buttonActions(undefined);
    assert.deepEqual([...actions].sort(), [...PAGE_ACTIONS].sort());
  });

  it('accepts the message the page script makes of every button, previous and next included', () => {
    const actions = buttonActions({ index: 1, total: 3 });
    assert.deepEqual([...actions].sort(), [...PAGE_ACTIONS, ...DIRECTIONS].sort());
    for (const action of actions) assert.ok(isPageMessage(pageMessageFor(action)), action);
    assert.equal(pageMessageFor('constructor'), undefined);
    assert.equal(pageMessageFor(undefined), undefined);
  });
});

describe('isCommandMessage', () => {
  it('tells the buttons that run a command from the others', () => {
    assert.deepEqual(PAGE_ACTIONS.filter((type) => isCommandMessage({ type })), [...COMMAND_ACTIONS]);
    assert.equal(isCommandMessage({ type: 'navigate', direction: 'next' }), false);
  });
});

/** The `data-action` of every button of a page with OpenReview links. */
function buttonActions(position: { index: number; total: number } | undefined): string[] {
  const html = renderAbstractPage({
    paper: makePaper({ title: 'T', abstract: 'A.', openreviewId: 'bHW9njOSON' }),
    state: { paperId: 'p', query: '' },
    highlightTerms: [],
    position,
    nonce: 'n',
    cspSource: 'c',
    scriptUri: 's',
    styleUri: 'st',
    t: english,
    language: 'en',
  });
  return [...html.matchAll(/data-action="([^"]+)"/g)].map((match) => match[1] ?? '');
}
