import assert from 'node:assert/strict';
import { citeCompletionContextAt } from '../../../src/core/editing/citeCompletionContextAt';
import { cursor } from './cursorText';

function context(marked: string, lang: 'latex' | 'markdown'): { prefix: string; replaceStart: number } | undefined {
  const { text, offset } = cursor(marked);
  return citeCompletionContextAt(text, offset, lang);
}

describe('citeCompletionContextAt', () => {
  it('offers completion right after an opening cite brace', () => {
    assert.deepEqual(context('see \\cite{|', 'latex'), { prefix: '', replaceStart: 10 });
    assert.deepEqual(context('\\autocite[p.~2]{|}', 'latex'), { prefix: '', replaceStart: 16 });
  });

  it('returns the part of the key typed so far, after a comma or on a new line', () => {
    assert.deepEqual(context('\\citep{foo, ba|', 'latex'), { prefix: 'ba', replaceStart: 12 });
    assert.deepEqual(context('\\citet{foo,\n  transf|}', 'latex'), { prefix: 'transf', replaceStart: 14 });
  });

  it('takes every word typed since the comma as the search in LaTeX, where a key cannot hold a space', () => {
    assert.deepEqual(context('\\cite{few shot class|}', 'latex'), { prefix: 'few shot class', replaceStart: 6 });
    assert.deepEqual(context('\\citep{foo,  subspace regul|', 'latex'), { prefix: 'subspace regul', replaceStart: 13 });
    // Completion ranges stay on one line: a search started on the line above is not carried over.
    assert.deepEqual(context('\\citet{foo, graph\n  neural|}', 'latex'), { prefix: 'neural', replaceStart: 20 });
  });

  it('offers nothing outside a cite key list', () => {
    assert.equal(context('\\cite|{a}', 'latex'), undefined);
    assert.equal(context('\\citep[see|]{a}', 'latex'), undefined);
    assert.equal(context('\\ref{fig|}', 'latex'), undefined);
    assert.equal(context('\\cite{a}|', 'latex'), undefined);
  });

  it('offers completion after @ where Pandoc reads a citation', () => {
    assert.deepEqual(context('[@|', 'markdown'), { prefix: '', replaceStart: 2 });
    assert.deepEqual(context('[@a; @tra|]', 'markdown'), { prefix: 'tra', replaceStart: 6 });
    assert.deepEqual(context('As @vaswani:201|', 'markdown'), { prefix: 'vaswani:201', replaceStart: 4 });
    assert.deepEqual(context('[-@sm|]', 'markdown'), { prefix: 'sm', replaceStart: 3 });
    assert.deepEqual(context('@|', 'markdown'), { prefix: '', replaceStart: 1 });
  });

  it('offers nothing in an e-mail address or without @', () => {
    assert.equal(context('mail me@exam|', 'markdown'), undefined);
    assert.equal(context('plain wor|d', 'markdown'), undefined);
  });
});
