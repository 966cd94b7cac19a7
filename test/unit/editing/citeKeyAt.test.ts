import assert from 'node:assert/strict';
import { citeKeyAt } from '../../../src/core/editing/citeKeyAt';
import { cursor } from './cursorText';

function keyAt(marked: string, lang: 'latex' | 'markdown'): { key: string; start: number; end: number } | undefined {
  const { text, offset } = cursor(marked);
  return citeKeyAt(text, offset, lang);
}

describe('citeKeyAt', () => {
  it('finds each key of a multi-key, multi-line cite', () => {
    const text = '\\citep[see][]{alpha,\n   be|ta, gamma}';
    assert.deepEqual(keyAt(text, 'latex'), { key: 'beta', start: 24, end: 28 });
    assert.deepEqual(keyAt('\\cite{alpha, gam|ma}', 'latex'), { key: 'gamma', start: 13, end: 18 });
    assert.deepEqual(keyAt('\\cite{|alpha}', 'latex'), { key: 'alpha', start: 6, end: 11 });
  });

  it('finds nothing between keys or outside cites', () => {
    assert.equal(keyAt('\\cite{alpha,  | beta}', 'latex'), undefined);
    assert.equal(keyAt('\\ref{al|pha}', 'latex'), undefined);
    assert.equal(keyAt('% \\cite{al|pha}', 'latex'), undefined);
  });

  it('finds Markdown keys, from the @ on, without trailing punctuation', () => {
    assert.deepEqual(keyAt('As |@smith04 shows.', 'markdown'), { key: 'smith04', start: 4, end: 11 });
    assert.deepEqual(keyAt('[@a; @vaswani:20|17].', 'markdown'), { key: 'vaswani:2017', start: 6, end: 18 });
    assert.deepEqual(keyAt('See @doe99|.', 'markdown'), { key: 'doe99', start: 5, end: 10 });
  });

  it('finds nothing in an e-mail address', () => {
    assert.equal(keyAt('write to me@exam|ple.org', 'markdown'), undefined);
  });
});
