import assert from 'node:assert/strict';
import { computeCitationEdits } from '../../../src/core/editing/computeCitationEdits';
import type { CitationEditOptions } from '../../../src/core/editing/computeCitationEdit';
import { makePaper } from '../makePaper';
import { applyEdits, cursors } from './cursorText';

const options: CitationEditOptions = { lang: 'latex', markdownStyle: 'pandoc', paper: makePaper({ title: 'T' }) };

function citeAll(marked: string, overrides: Partial<CitationEditOptions> = {}): string {
  const { text, offsets } = cursors(marked);
  const edits = computeCitationEdits(text, offsets, 'new', { ...options, ...overrides });
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  for (const [i, edit] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined) assert.ok(previous.offset + previous.deleteLength <= edit.offset, 'edits overlap');
  }
  return applyEdits(text, edits);
}

describe('computeCitationEdits', () => {
  it('cites at every cursor', () => {
    assert.equal(citeAll('One |. Two |.'), 'One \\cite{new}. Two \\cite{new}.');
  });

  it('adds the key once to a cite that holds two cursors', () => {
    assert.equal(citeAll('\\cite{a|, b|} and |'), '\\cite{a, new, b} and \\cite{new}');
    assert.equal(citeAll('[@a|; @b|]', { lang: 'markdown' }), '[@a; @new; @b]');
  });

  it('makes one edit for two cursors at the same place, whatever order they come in', () => {
    const { text } = cursors('x |');
    const edits = computeCitationEdits(text, [2, 2], 'new', options);
    assert.equal(edits.length, 1);
    assert.deepEqual(computeCitationEdits('a b', [3, 1], 'new', options).map((edit) => edit.offset), [1, 3]);
  });

  it('skips cursors where the key is already cited', () => {
    assert.equal(citeAll('\\cite{new|} and |'), '\\cite{new} and \\cite{new}');
  });
});
